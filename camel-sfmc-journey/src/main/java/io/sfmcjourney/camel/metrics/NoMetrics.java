package io.sfmcjourney.camel.metrics;

import java.time.Duration;
import java.util.List;

import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.consumer.HistoryConsumer;

/** Records nothing: without Micrometer, without a MeterRegistry, or with metrics switched off. */
enum NoMetrics implements SfmcMetrics, SfmcCallMetrics {

    INSTANCE;

    @Override
    public SfmcCallMetrics callStarted(String method) {
        return this;
    }

    @Override
    public void retrying(Exception cause) {
        // nothing recorded
    }

    @Override
    public void succeeded(int status) {
        // nothing recorded
    }

    @Override
    public void failed(Exception failure) {
        // nothing recorded
    }

    @Override
    public void outcomeUnknown(SfmcOutcomeUnknownException failure) {
        // nothing recorded
    }

    @Override
    public void batchSent(int members) {
        // nothing recorded
    }

    @Override
    public void batchAnswered(int queued, int notQueued) {
        // nothing recorded
    }

    @Override
    public void batchFailed(int members, Exception failure) {
        // nothing recorded
    }

    @Override
    public void publishEnded(String method, String status, Duration duration) {
        // nothing recorded
    }

    @Override
    public void historyConsumerStarted(HistoryConsumer consumer) {
        // nothing recorded
    }

    @Override
    public void historyConsumerStopped(HistoryConsumer consumer) {
        // nothing recorded
    }

    @Override
    public List<SfmcMeterFigure> figures() {
        return List.of();
    }

    @Override
    public void close() {
        // nothing registered
    }
}

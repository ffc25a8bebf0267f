package io.sfmcjourney.camel.metrics;

import java.time.Duration;
import java.util.List;

import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.consumer.HistoryConsumer;

/**
 * What the component reports to its meters (names {@code sfmc.journey.*}, listed in the component documentation).
 * {@link #NONE} records nothing; the Micrometer implementation is used only when Micrometer is on the classpath and a
 * {@code MeterRegistry} is found ({@link SfmcMetricsFactory}). Hooks never see a secret, token, contact key or id:
 * tags are the method, outcome, HTTP status and SFMC errorcode. Thread-safe.
 */
public interface SfmcMetrics {

    /** Records nothing, at no cost. */
    SfmcMetrics NONE = NoMetrics.INSTANCE;

    /** Starts measuring one call of {@code method} (all its attempts, retries and token requests included). */
    SfmcCallMetrics callStarted(String method);

    /** A failure after which SFMC may have processed the request, wherever it was detected. */
    void outcomeUnknown(SfmcOutcomeUnknownException failure);

    /** One {@code POST /async/events} call is about to send {@code members} members. */
    void batchSent(int members);

    /** SFMC answered a {@code POST /async/events} call: members queued and not queued. */
    void batchAnswered(int queued, int notQueued);

    /** A {@code POST /async/events} call of {@code members} members failed as a whole. */
    void batchFailed(int members, Exception failure);

    /**
     * A publish ended: {@code status} is {@code PublishCompleted}, {@code Error} or {@code Timeout}; {@code method} is
     * the endpoint's method that saw it end (the publish producer with waitForPublish, or publishStatus).
     */
    void publishEnded(String method, String status, Duration duration);

    /** A history consumer started: its lag and record counters are reported from now on. */
    void historyConsumerStarted(HistoryConsumer consumer);

    /** A history consumer stopped: its counts stay in the totals, its lag is no longer reported. */
    void historyConsumerStopped(HistoryConsumer consumer);

    /** The current value of every meter of this component, e.g. for the dev console; empty when nothing is recorded. */
    List<SfmcMeterFigure> figures();

    /** Removes this component's meters from the registry (the component stops). */
    void close();
}

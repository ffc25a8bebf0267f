package io.sfmcjourney.camel;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import io.sfmcjourney.camel.batch.BatchEntryClient;
import io.sfmcjourney.camel.batch.BatchMembers;
import io.sfmcjourney.camel.batch.MemberCollector;
import io.sfmcjourney.camel.batch.StoppingListener;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * postAsyncEvents with {@code batchSize}: each message carries one member; members are collected per event definition
 * key and sent together when {@code batchSize} are waiting or the oldest has waited {@code batchTimeout}. Each
 * exchange completes asynchronously with its own member result as body ({@code contactKey}, {@code eventInstanceId};
 * a Map by default, {@link BatchEntryMemberResult} with that {@code outputClass}; header
 * {@link SfmcJourneyConstants#REQUEST_ID}), or fails with {@link SfmcBatchEntryMemberException} when SFMC did not queue
 * its member, or with the call's exception when the batch call failed. When the CamelContext or a route starts
 * stopping, the waiting members are sent at once so their exchanges complete within the graceful shutdown; stopping
 * the producer sends what is still waiting, refuses new members and waits for the calls in flight (up to the
 * CamelContext's shutdown await time).
 */
public class SfmcEntryBatchingProducer extends DefaultAsyncProducer {

    private static final String THREAD_NAME = "SfmcJourneyBatchEntry";

    private final SfmcJourneyEndpoint endpoint;
    private BatchMembers members;
    private ResponseBodyMapper responses;
    private ScheduledExecutorService executor;
    private MemberCollector batcher;
    private StoppingListener stoppingListener;

    public SfmcEntryBatchingProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SfmcJourneyEndpointOptions options = endpoint.getOptions();
        members = new BatchMembers(options.getEventDefinitionKey());
        responses = endpoint.responseMapper();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, THREAD_NAME, Math.max(1, options.getBatchConcurrency()));
        batcher = new MemberCollector(new BatchEntryClient(endpoint.createRestClient()), options.getBatchSize(),
                Duration.ofMillis(options.getBatchTimeout()), options.getBatchMaxPending(), executor);
        stoppingListener = new StoppingListener(batcher::flush);
        stoppingListener.start();
        getEndpoint().getCamelContext().getManagementStrategy().addEventNotifier(stoppingListener);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            exchange.getMessage().setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod().name());
            BusinessUnitClients.requireEndpointAccount(endpoint, exchange.getMessage());
            BatchMembers.KeyedMember member = members.member(exchange);
            batcher.submit(member.eventDefinitionKey(), member.member(), new ExchangeCompletion(exchange, callback));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    /** Members waiting for their batch or its answer (for monitoring). */
    public int getPendingMembers() {
        return batcher == null ? 0 : batcher.pending();
    }

    @Override
    protected void doStop() throws Exception {
        if (stoppingListener != null) {
            getEndpoint().getCamelContext().getManagementStrategy().removeEventNotifier(stoppingListener);
            stoppingListener.stop();
            stoppingListener = null;
        }
        if (batcher != null) {
            batcher.drain();
        }
        if (executor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            executor = null;
        }
        super.doStop();
    }

    /** Completes one exchange with its member's outcome. */
    private final class ExchangeCompletion implements MemberCollector.Completion {

        private final Exchange exchange;
        private final AsyncCallback callback;

        ExchangeCompletion(Exchange exchange, AsyncCallback callback) {
            this.exchange = exchange;
            this.callback = callback;
        }

        @Override
        public void completed(BatchEntryMemberResult result, String requestId) {
            exchange.getMessage().setHeader(SfmcJourneyConstants.REQUEST_ID, requestId);
            if (result.hasError()) {
                exchange.setException(new SfmcBatchEntryMemberException(result.getContactKey(), result.getErrorcode(),
                        result.getMessage(), requestId));
            } else {
                try {
                    exchange.getMessage().setBody(responses.toBody(result));
                } catch (Exception e) {
                    exchange.setException(e);
                }
            }
            callback.done(false);
        }

        @Override
        public void failed(Exception failure) {
            exchange.setException(failure);
            callback.done(false);
        }
    }
}

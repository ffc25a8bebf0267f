package io.sfmcjourney.camel;

import java.time.Duration;

import io.sfmcjourney.camel.batch.BatchEntryClient;
import io.sfmcjourney.camel.batch.BatchMembers;
import io.sfmcjourney.camel.batch.MemberCollector;
import io.sfmcjourney.camel.batch.StoppingListener;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>
 * The calls run through the component's I/O pool ({@link SfmcAsyncCalls}): at most {@code batchConcurrency} at once,
 * further full batches queue as data, and a call waiting to retry holds no thread. When {@code batchMaxPending}
 * members are pending, {@code batchFullPolicy} blocks the sending thread or fails the exchange.
 */
public class SfmcEntryBatchingProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcEntryBatchingProducer.class);

    private final SfmcJourneyEndpoint endpoint;
    private BatchMembers members;
    private ResponseBodyMapper responses;
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
        SfmcAsyncCalls calls = endpoint.getComponent().asyncCalls();
        batcher = new MemberCollector(new BatchEntryClient(endpoint.createRestClient(), calls, false),
                options.getBatchSize(), Duration.ofMillis(options.getBatchTimeout()),
                options.getBatchMaxPending(), options.getBatchFullPolicy(),
                Math.max(1, options.getBatchConcurrency()), calls.scheduler());
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
            long awaitMillis = getEndpoint().getCamelContext().getExecutorServiceManager().getShutdownAwaitTermination();
            if (!batcher.drain(Duration.ofMillis(awaitMillis))) {
                LOG.warn("postAsyncEvents: {} members still waiting for their batch call's answer after {} ms",
                        batcher.pending(), awaitMillis);
            }
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

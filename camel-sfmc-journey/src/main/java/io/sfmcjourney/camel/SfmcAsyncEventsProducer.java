package io.sfmcjourney.camel;

import java.util.concurrent.CompletableFuture;

import io.sfmcjourney.camel.batch.BatchEntryClient;
import io.sfmcjourney.camel.batch.MemberListSplitter;
import io.sfmcjourney.camel.batch.BatchMembers;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * postAsyncEvents for a member list of any length: one {@code /async/events} call per 100 members, the results merged
 * into one answer in request order, shaped like SFMC's ({@code count}, {@code notQueuedCount}, {@code members[]};
 * a Map by default, {@link io.sfmcjourney.camel.model.BatchEntryResult} with that {@code outputClass}). Header
 * {@link SfmcJourneyConstants#REQUEST_IDS} lists each call's requestId. Members SFMC did not queue carry their
 * {@code errorcode} and {@code message}; they do not fail the exchange.
 */
public class SfmcAsyncEventsProducer extends DefaultAsyncProducer {

    private final SfmcJourneyEndpoint endpoint;
    private BatchMembers members;
    private MemberListSplitter splitter;
    private ResponseBodyMapper responses;

    public SfmcAsyncEventsProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        members = new BatchMembers(endpoint.getOptions().getEventDefinitionKey());
        splitter = new MemberListSplitter(new BatchEntryClient(endpoint.createRestClient(), endpoint.getComponent().asyncCalls(), true),
                BatchEntryRequest.MAX_MEMBERS);
        responses = endpoint.responseMapper();
    }

    /**
     * Asynchronous: the calls are made one after the other, the first attempt of each on the thread that completed
     * the previous one (the caller's, at first); a call that has to wait to retry holds no thread and continues on the
     * component's I/O pool.
     */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return AsyncCompletion.process(exchange, callback, this::enter);
    }

    private CompletableFuture<Void> enter(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        message.setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod().name());
        BusinessUnitClients.requireEndpointAccount(endpoint, message);
        return splitter.enterAsync(members.request(exchange)).thenAccept(result -> {
            try {
                message.setBody(responses.toBody(result.merged()));
            } catch (Exception e) {
                throw SfmcAsyncCalls.completionFailure(e);
            }
            message.setHeader(SfmcJourneyConstants.REQUEST_IDS, result.requestIds());
        });
    }
}

package io.sfmcjourney.camel.batch;

import java.util.concurrent.CompletableFuture;

import io.sfmcjourney.camel.model.BatchEntryRequest;
import io.sfmcjourney.camel.model.BatchEntryResult;

/** One {@code POST /async/events} call: at most 100 members in, one result per member out, in request order. */
@FunctionalInterface
public interface BatchEntryCall {

    /**
     * Sends the request and answers SFMC's result.
     *
     * @throws Exception when the call fails as a whole (non-2xx answer after the client's retries, transport failure,
     *                   or an answer that does not list one result per member)
     */
    BatchEntryResult send(BatchEntryRequest request) throws Exception;

    /**
     * As {@link #send}, completing the future with the result or the failure. By default calls {@link #send} on the
     * calling thread; an implementation that can wait without a thread overrides it.
     */
    default CompletableFuture<BatchEntryResult> sendAsync(BatchEntryRequest request) {
        try {
            return CompletableFuture.completedFuture(send(request));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}

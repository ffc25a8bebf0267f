package io.sfmcjourney.camel.batch;

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
}

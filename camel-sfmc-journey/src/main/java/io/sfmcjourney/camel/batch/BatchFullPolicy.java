package io.sfmcjourney.camel.batch;

/**
 * What the batching producer does with a message when {@code batchMaxPending} members already wait or are in flight.
 */
public enum BatchFullPolicy {

    /** The calling thread waits for room (back-pressure on the route that sends; it holds that thread meanwhile). */
    Block,

    /** The exchange fails at once with a {@link java.util.concurrent.RejectedExecutionException}; no thread waits. */
    Fail
}

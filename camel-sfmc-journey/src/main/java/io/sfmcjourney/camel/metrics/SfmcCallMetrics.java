package io.sfmcjourney.camel.metrics;

/** Measures one REST call from {@link SfmcMetrics#callStarted(String)} to its end. Not thread-safe; one per call. */
public interface SfmcCallMetrics {

    /**
     * A retry (or 401 replay) is made after {@code cause}: counted by HTTP status and SFMC errorcode; a 429 also
     * counts as a throttle.
     */
    void retrying(Exception cause);

    /** The call ended with this HTTP status (2xx, 304, or the 404 of a DELETE an earlier attempt did). */
    void succeeded(int status);

    /** The call ended with this failure (after its retries); an outcome-unknown failure is also counted as such. */
    void failed(Exception failure);
}

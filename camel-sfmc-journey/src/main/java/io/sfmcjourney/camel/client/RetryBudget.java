package io.sfmcjourney.camel.client;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * The retries left to one call: at most {@link RetryPolicy#maxRetries()} retries and at most
 * {@link RetryPolicy#maxTotalWait()} of waiting in total. Not thread-safe; one per call.
 */
final class RetryBudget {

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private int retries;
    private Duration waited = Duration.ZERO;

    RetryBudget(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Retries made so far (0 during the first attempt). */
    int retries() {
        return retries;
    }

    /**
     * Waits {@code delay} and returns when a retry is allowed; otherwise throws {@code failure}.
     *
     * @param delay the wait before the retry, or null when {@code failure} is not retryable
     */
    <E extends Exception> void awaitRetryOrThrow(E failure, Duration delay) throws E, InterruptedIOException {
        if (!awaitRetry(delay)) {
            throw failure;
        }
    }

    /**
     * Waits {@code delay} and returns true when a retry is allowed; false (at once) when not.
     *
     * @param delay the wait before the retry, or null when the failure is not retryable
     */
    boolean awaitRetry(Duration delay) throws InterruptedIOException {
        if (!allowRetry(delay)) {
            return false;
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
        return true;
    }

    /**
     * Counts a retry after {@code delay} and returns true when it is allowed; false when not. The caller waits.
     *
     * @param delay the wait before the retry, or null when the failure is not retryable
     */
    boolean allowRetry(Duration delay) {
        if (delay == null || retries >= policy.maxRetries() || exceedsTotalWait(delay)) {
            return false;
        }
        waited = waited.plus(delay);
        retries++;
        return true;
    }

    private boolean exceedsTotalWait(Duration delay) {
        return policy.maxTotalWait() != null && waited.plus(delay).compareTo(policy.maxTotalWait()) > 0;
    }
}

package io.sfmcjourney.camel.client;

import java.time.Duration;

/**
 * The retries left to one call: at most {@link RetryPolicy#maxRetries()} retries and at most
 * {@link RetryPolicy#maxTotalWait()} of waiting in total. It only counts: whoever drives the call waits (a sleep, or
 * a scheduled continuation). Not thread-safe; one per call.
 */
final class RetryBudget {

    private final RetryPolicy policy;
    private int retries;
    private Duration waited = Duration.ZERO;

    RetryBudget(RetryPolicy policy) {
        this.policy = policy;
    }

    /** Retries made so far (0 during the first attempt). */
    int retries() {
        return retries;
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

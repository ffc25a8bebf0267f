package io.sfmcjourney.camel.client;

import java.time.Duration;

/**
 * How failed calls are retried.
 *
 * @param maxRetries              retries after the first attempt (0 disables retrying)
 * @param initialDelay            first back-off when the server gave no Retry-After
 * @param maxDelay                cap of one back-off
 * @param maxTotalWait            cap of all waiting for one call; a retry that would exceed it is not made
 * @param retryAmbiguousFailures  replay writes (POST, PUT) after a failure that may have reached the server (incl. 5xx)
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxTotalWait,
        boolean retryAmbiguousFailures) {
}

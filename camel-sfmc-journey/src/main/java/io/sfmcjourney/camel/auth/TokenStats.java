package io.sfmcjourney.camel.auth;

import java.time.Instant;

/**
 * Read-only state of one {@link SfmcTokenManager} for dev consoles and health checks. Never holds the token.
 *
 * @param tokenRequests       token requests sent so far
 * @param failedTokenRequests of which failed
 * @param lastRefresh         when the cached token was requested, or null
 * @param validUntil          when the cached token expires, or null
 * @param lastError           message of the latest failed token request (may be older than {@code lastRefresh}), or null
 * @param lastErrorAt         when that failure happened, or null
 */
public record TokenStats(long tokenRequests, long failedTokenRequests, Instant lastRefresh, Instant validUntil,
        String lastError, Instant lastErrorAt) {
}

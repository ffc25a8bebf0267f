package io.sfmcjourney.camel.api;

/**
 * Whether a method may be sent again after an attempt that may have reached SFMC (connection lost or timed out after
 * sending, or a 5xx answer), and what a replay's answer proves. One value per row of {@link SfmcJourneyMethod}.
 */
public enum Replay {

    /** Reads (GET, the read-only searches): replaying cannot change anything. */
    SAFE,
    /**
     * DELETE: replayed; a 404 answering the replay means the resource is gone, so the delete succeeded (the earlier
     * attempt did it). Any other failure of the replay leaves the outcome unknown.
     */
    DELETE_VERIFIED_BY_404,
    /**
     * Writes (POST, PUT): a replay may duplicate the change (a second entry, a second version) or be refused because
     * the first attempt changed the state (a stale {@code modifiedDate}, a renamed key), so it is not replayed unless
     * {@code retryAmbiguousFailures=true}; the failure is reported as outcome unknown.
     */
    NEVER;

    /** Whether this method is replayed after an ambiguous failure without opting in. */
    public boolean replayable() {
        return this != NEVER;
    }
}

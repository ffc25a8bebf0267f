package io.sfmcjourney.camel.api;

import java.util.OptionalLong;

/** The polling consumer a consumable method has ({@code from("sfmc-journey:<method>")}). */
public enum ConsumerKind {

    /** Reads journey history with {@code GET /history}, filters in the query. */
    HISTORY_QUERY(60_000),
    /** Reads journey history with the search method, filters in the body. */
    HISTORY_SEARCH(60_000),
    /** Reports the end of followed publishes. */
    PUBLISH_STATUS(0);

    private final long defaultDelay;

    ConsumerKind(long defaultDelay) {
        this.defaultDelay = defaultDelay;
    }

    /**
     * The scheduler's default {@code delay} when it differs from Camel's 500 ms: history consumers poll once a minute,
     * which a tenant's rate limit tolerates.
     */
    public OptionalLong defaultDelay() {
        return defaultDelay > 0 ? OptionalLong.of(defaultDelay) : OptionalLong.empty();
    }
}

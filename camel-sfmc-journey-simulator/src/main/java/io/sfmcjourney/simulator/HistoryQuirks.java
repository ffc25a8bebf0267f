package io.sfmcjourney.simulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * What journey history searches ({@code GET /history}, {@code POST /interactions/journeyhistory/search}) do where
 * public sources say nothing certain (API reference 0, 1.19, 6): the order of the records, the zone of their
 * timestamps, which filters are honoured, and how late records appear. Defaults: the requested order, UTC without
 * offset, every filter honoured, no late writes. Every switch can be changed at runtime.
 */
public final class HistoryQuirks {

    /** The order of the records across pages. */
    public enum Order {
        /** {@code $orderBy=TransactionTime asc|desc} as requested, ascending without it (invented). */
        AS_REQUESTED,
        /** Always oldest first, whatever was requested (invented). */
        ASCENDING,
        /** Always newest first, whatever was requested (the only order seen in real requests is desc). */
        DESCENDING,
        /** {@code $orderBy} ignored: every request gets its own order, so paging can skip and repeat records. */
        UNSTABLE
    }

    /** How record timestamps are written and window bounds without offset are read. */
    public enum Zone {
        /** UTC without offset, e.g. {@code 2025-01-31T06:00:00.5} (the format is documented, the zone is not). */
        UTC_NO_OFFSET("Z", false),
        /** US Central Standard Time (UTC-06:00, no daylight saving) without offset: commonly stated, unverified. */
        CST_NO_OFFSET("-06:00", false),
        /** UTC-06:00 with the offset written, e.g. {@code 2025-01-31T00:00:00.5-06:00} (invented). */
        CST_WITH_OFFSET("-06:00", true);

        private final String offset;
        private final boolean written;

        Zone(String offset, boolean written) {
            this.offset = offset;
            this.written = written;
        }

        /** The offset of the records' times, and of window bounds sent without one. */
        public java.time.ZoneOffset offset() {
            return java.time.ZoneOffset.of(offset);
        }

        /** Whether the offset is written after each timestamp. */
        public boolean offsetWritten() {
            return written;
        }
    }

    /** The filters of a history search. */
    public enum Filter {
        /** {@code definitionIds} / {@code definitionId}: one field report says SFMC ignored it. */
        DEFINITION_ID,
        /** {@code contactKeys} / {@code contactKey}. */
        CONTACT_KEY,
        /** {@code statuses} / {@code status}. */
        STATUS,
        /** {@code activityTypes} / {@code activityType}. */
        ACTIVITY_TYPE
    }

    private volatile Order order = Order.AS_REQUESTED;
    private volatile Zone zone = Zone.UTC_NO_OFFSET;
    private volatile Set<Filter> ignoredFilters = EnumSet.noneOf(Filter.class);
    private volatile Duration lateWrites = Duration.ZERO;
    private volatile boolean timeBoundsIgnored;

    public HistoryQuirks order(Order order) {
        this.order = order;
        return this;
    }

    public Order order() {
        return order;
    }

    public HistoryQuirks zone(Zone zone) {
        this.zone = zone;
        return this;
    }

    public Zone zone() {
        return zone;
    }

    /** Filters the search ignores (answers as if they were absent); none by default. */
    public HistoryQuirks ignoredFilters(Set<Filter> filters) {
        this.ignoredFilters = filters.isEmpty() ? EnumSet.noneOf(Filter.class) : EnumSet.copyOf(filters);
        return this;
    }

    public boolean ignores(Filter filter) {
        return ignoredFilters.contains(filter);
    }

    /**
     * Records appear up to this long after their transactionTime (each after its own fixed delay), pushing records
     * already listed to other pages while a client reads; zero (default) writes them at once.
     */
    public HistoryQuirks lateWrites(Duration maxDelay) {
        this.lateWrites = maxDelay;
        return this;
    }

    public Duration lateWrites() {
        return lateWrites;
    }

    /** {@code start} and {@code end} ignored: every search answers all records (invented; default false). */
    public HistoryQuirks timeBoundsIgnored(boolean ignored) {
        this.timeBoundsIgnored = ignored;
        return this;
    }

    public boolean timeBoundsIgnored() {
        return timeBoundsIgnored;
    }

    /** Back to the defaults. */
    public HistoryQuirks reset() {
        return order(Order.AS_REQUESTED).zone(Zone.UTC_NO_OFFSET).ignoredFilters(Set.of()).lateWrites(Duration.ZERO)
                .timeBoundsIgnored(false);
    }
}

package io.sfmcjourney.camel.confirm;

import java.util.concurrent.atomic.LongAdder;

/** Counts the reads confirmations cost (for the dev console, benchmarks and tests). */
public final class CallCounter {

    private final LongAdder historySearches = new LongAdder();
    private final LongAdder statusReads = new LongAdder();
    private final LongAdder confirmed = new LongAdder();

    void history() {
        historySearches.increment();
    }

    void status() {
        statusReads.increment();
    }

    void settled() {
        confirmed.increment();
    }

    /** History searches made (pages included). */
    public long historySearches() {
        return historySearches.sum();
    }

    /** {@code /async/events/status} reads made (pages included). */
    public long statusReads() {
        return statusReads.sum();
    }

    /** Entries whose outcome was settled (ENTERED, NOT_ENTERED or UNKNOWN). */
    public long confirmed() {
        return confirmed.sum();
    }
}

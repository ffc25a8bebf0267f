package io.sfmcjourney.simulator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SFMC's concurrency limit [I: documented as "too many concurrent requests", errorcode 50200; the number per MID is
 * not published]: at most {@code limit} REST calls of one business unit (MID) are processed at once; a call beyond
 * that is refused with 429 errorcode 50200 (no {@code Retry-After}). Off (0) by default. Thread-safe.
 */
final class ConcurrencyLimit {

    private final ConcurrentMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private volatile int limit;

    void limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the concurrency limit must be 0 (off) or more, but was " + limit);
        }
        this.limit = limit;
    }

    /** Takes a slot for the account; false when its limit is reached (nothing taken). */
    boolean tryEnter(String accountId) {
        int max = limit;
        if (max == 0) {
            return true;
        }
        AtomicInteger count = inFlight.computeIfAbsent(accountId, id -> new AtomicInteger());
        while (true) {
            int now = count.get();
            if (now >= max) {
                return false;
            }
            if (count.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Frees a slot taken by {@link #tryEnter} (only call after it answered true with the limit on). */
    void exit(String accountId) {
        AtomicInteger count = inFlight.get(accountId);
        if (count != null) {
            count.decrementAndGet();
        }
    }
}

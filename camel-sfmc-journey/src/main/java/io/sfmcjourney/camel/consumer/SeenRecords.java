package io.sfmcjourney.camel.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys of the history records a consumer has read, each tagged with the end of the time range it was read in. SFMC
 * returned it for that range, so its time is at or before that end: once a later poll's window starts after the tag,
 * the record cannot be read again and its key is forgotten. Memory is bounded by the records of the overlap plus
 * those of the range being read. Record timestamps play no part. Not thread-safe: one poll at a time uses it.
 */
final class SeenRecords {

    private final TreeMap<Instant, List<String>> keysByRangeEnd = new TreeMap<>();
    private final Set<String> keys = new HashSet<>();

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Remembers a key read in a range ending at {@code rangeEnd} (a key already known keeps its first tag). */
    void add(String key, Instant rangeEnd) {
        if (keys.add(key)) {
            keysByRangeEnd.computeIfAbsent(rangeEnd, end -> new ArrayList<>()).add(key);
        }
    }

    /** Forgets the keys read in ranges that ended before {@code windowStart}. */
    void forgetBefore(Instant windowStart) {
        Iterator<Map.Entry<Instant, List<String>>> old = keysByRangeEnd.headMap(windowStart, false).entrySet()
                .iterator();
        while (old.hasNext()) {
            old.next().getValue().forEach(keys::remove);
            old.remove();
        }
    }

    int size() {
        return keys.size();
    }
}

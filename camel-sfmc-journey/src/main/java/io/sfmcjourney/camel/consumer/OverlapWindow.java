package io.sfmcjourney.camel.consumer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * The watermark of a history consumer (the newest {@code transactionTime} emitted) and the ids of the records
 * emitted within the overlap window {@code [watermark - overlap, watermark]}, which the next poll reads again. Ids
 * older than the window are forgotten, so memory is bounded by the records of one window. Not thread-safe: one poll
 * at a time uses it.
 */
final class OverlapWindow {

    private final Duration overlap;
    private final TreeMap<LocalDateTime, List<String>> idsByTime = new TreeMap<>();
    private final Set<String> ids = new HashSet<>();
    private LocalDateTime watermark;

    OverlapWindow(LocalDateTime watermark, Duration overlap) {
        this.watermark = watermark;
        this.overlap = overlap;
    }

    /** The newest transactionTime emitted (or the initial watermark). */
    LocalDateTime watermark() {
        return watermark;
    }

    /** Where the next poll starts reading: the watermark minus the overlap. */
    LocalDateTime start() {
        return watermark.minus(overlap);
    }

    /** Whether the record was emitted within the window. */
    boolean contains(String id) {
        return ids.contains(id);
    }

    /** Whether a record of this time lies before the window, i.e. was emitted before or precedes the start. */
    boolean isBefore(LocalDateTime time) {
        return time != null && time.isBefore(start());
    }

    /**
     * Remembers an emitted record and moves the watermark up to its time.
     *
     * @param time its transactionTime, or null when it had none (remembered at the watermark)
     */
    void add(String id, LocalDateTime time) {
        LocalDateTime at = time != null ? time : watermark;
        if (at.isAfter(watermark)) {
            watermark = at;
            forgetBefore(start());
        }
        if (!at.isBefore(start()) && ids.add(id)) {
            idsByTime.computeIfAbsent(at, key -> new ArrayList<>(1)).add(id);
        }
    }

    /** The number of ids remembered. */
    int size() {
        return ids.size();
    }

    private void forgetBefore(LocalDateTime limit) {
        Iterator<Map.Entry<LocalDateTime, List<String>>> old = idsByTime.headMap(limit, false).entrySet().iterator();
        while (old.hasNext()) {
            ids.removeAll(old.next().getValue());
            old.remove();
        }
    }
}

package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.server.Ids;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Journey history of all accounts in a compact ring buffer (about 40 bytes per record): strings are
 * dictionary-encoded, the event id is two longs and the item id is derived from the record's sequence number.
 * The oldest records are dropped beyond the capacity.
 */
public final class HistoryStore {

    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private record Definition(String id, String name) {
    }

    private record Activity(String id, String name, String type) {
    }

    /** One page of matches and the total count. */
    public record Page(long count, List<ObjectNode> items) {
    }

    private final int capacity;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final long[][] times;
    private final long[][] eventHigh;
    private final long[][] eventLow;
    private final int[][] accounts;
    private final int[][] contacts;
    private final int[][] definitions;
    private final int[][] activities;
    private final int[][] statuses;
    private final Interner<String> accountIds = new Interner<>();
    private final Interner<String> contactKeys = new Interner<>();
    private final Interner<String> statusNames = new Interner<>();
    private final Interner<Definition> definitionRefs = new Interner<>();
    private final Interner<Activity> activityRefs = new Interner<>();
    private final long idHigh;
    private final long idLowPrefix;
    private long written;
    private long idSequence;
    private long lastTime = Long.MIN_VALUE;
    private boolean timeOrdered = true;

    public HistoryStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("history capacity must be positive");
        }
        this.capacity = capacity;
        int chunks = (capacity + CHUNK - 1) / CHUNK;
        times = new long[chunks][];
        eventHigh = new long[chunks][];
        eventLow = new long[chunks][];
        accounts = new int[chunks][];
        contacts = new int[chunks][];
        definitions = new int[chunks][];
        activities = new int[chunks][];
        statuses = new int[chunks][];
        UUID salt = Ids.randomUuid();
        idHigh = salt.getMostSignificantBits();
        idLowPrefix = salt.getLeastSignificantBits() & 0xFFFF000000000000L;
    }

    /** Appends one record. */
    public void append(String accountId, HistoryEntry entry) {
        lock.writeLock().lock();
        try {
            put(accountId, entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends many records under one lock acquisition. */
    public void appendAll(String accountId, Iterable<HistoryEntry> entries) {
        lock.writeLock().lock();
        try {
            for (HistoryEntry entry : entries) {
                put(accountId, entry);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(String accountId, HistoryEntry entry) {
        long sequence = written++;
        int slot = (int) (sequence % capacity);
        int chunk = slot >>> CHUNK_BITS;
        if (times[chunk] == null) {
            int size = Math.min(CHUNK, capacity - chunk * CHUNK);
            times[chunk] = new long[size];
            eventHigh[chunk] = new long[size];
            eventLow[chunk] = new long[size];
            accounts[chunk] = new int[size];
            contacts[chunk] = new int[size];
            definitions[chunk] = new int[size];
            activities[chunk] = new int[size];
            statuses[chunk] = new int[size];
        }
        int offset = slot & MASK;
        long time = entry.transactionTime().toEpochMilli();
        if (time < lastTime) {
            timeOrdered = false;
        }
        lastTime = Math.max(lastTime, time);
        UUID event = entry.eventId() == null ? Ids.randomUuid() : UUID.fromString(entry.eventId());
        times[chunk][offset] = time;
        eventHigh[chunk][offset] = event.getMostSignificantBits();
        eventLow[chunk][offset] = event.getLeastSignificantBits();
        accounts[chunk][offset] = accountIds.id(accountId);
        contacts[chunk][offset] = contactKeys.id(nullToEmpty(entry.contactKey()));
        definitions[chunk][offset] = definitionRefs.id(new Definition(nullToEmpty(entry.definitionId()),
                nullToEmpty(entry.definitionName())));
        activities[chunk][offset] = activityRefs.id(new Activity(nullToEmpty(entry.activityId()),
                nullToEmpty(entry.activityName()), nullToEmpty(entry.activityType())));
        statuses[chunk][offset] = statusNames.id(nullToEmpty(entry.status()));
    }

    /** Records currently retained. */
    public long size() {
        lock.readLock().lock();
        try {
            return Math.min(written, capacity);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops every record (item ids stay unique across clears). */
    public void clear() {
        lock.writeLock().lock();
        try {
            idSequence += written;
            written = 0;
            lastTime = Long.MIN_VALUE;
            timeOrdered = true;
            for (int i = 0; i < times.length; i++) {
                times[i] = null;
                eventHigh[i] = null;
                eventLow[i] = null;
                accounts[i] = null;
                contacts[i] = null;
                definitions[i] = null;
                activities[i] = null;
                statuses[i] = null;
            }
            accountIds.clear();
            contactKeys.clear();
            statusNames.clear();
            definitionRefs.clear();
            activityRefs.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Matches of the query; items of the page window {@code [offset, offset + limit)} in the requested order. */
    public Page search(HistoryQuery query, int offset, int limit) {
        return search(query, offset, limit, HistoryView.ALL);
    }

    /**
     * Matches of the query as the view sees the store (records not yet written left out, order shuffled); items of
     * the page window {@code [offset, offset + limit)}.
     */
    public Page search(HistoryQuery query, int offset, int limit, HistoryView view) {
        lock.readLock().lock();
        try {
            Matcher matcher = matcher(query);
            if (matcher == null) {
                return new Page(0, List.of());
            }
            long[] range = range(query);
            List<ObjectNode> items = new ArrayList<>(Math.min(limit, 1024));
            long count = 0;
            if (timeOrdered && view.shuffleSeed() == null) {
                long from = query.descending() ? range[1] - 1 : range[0];
                long step = query.descending() ? -1 : 1;
                for (long seq = from; seq >= range[0] && seq < range[1]; seq += step) {
                    int slot = slot(seq);
                    if (matcher.test(slot) && view.isWritten(seq, time(slot))) {
                        if (count >= offset && items.size() < limit) {
                            items.add(item(seq));
                        }
                        count++;
                    }
                }
                return new Page(count, items);
            }
            return searchUnordered(query, matcher, range, offset, limit, view);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of matches. */
    public long count(HistoryQuery query) {
        return search(query, 0, 0).count();
    }

    /** Visits every match in storage order (for statistics). */
    public void scan(HistoryQuery query, Consumer<HistoryEntry> visitor) {
        lock.readLock().lock();
        try {
            Matcher matcher = matcher(query);
            if (matcher == null) {
                return;
            }
            long[] range = range(query);
            for (long seq = range[0]; seq < range[1]; seq++) {
                int slot = slot(seq);
                if (matcher.test(slot)) {
                    visitor.accept(entry(slot));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Visits, in storage order, the matches (as search items) from sequence {@code from} on, at most {@code max} of
     * them, under one read lock: a long export (a download) reads in batches so that writers are not held up.
     *
     * @param from 0 for the first batch, else the value the previous batch returned
     * @return where the next batch starts, or -1 when every match was visited
     */
    public long scanBatch(HistoryQuery query, long from, int max, Consumer<ObjectNode> visitor) {
        lock.readLock().lock();
        try {
            Matcher matcher = matcher(query);
            if (matcher == null) {
                return -1;
            }
            long[] range = range(query);
            long seq = Math.max(from, range[0]);
            int visited = 0;
            for (; seq < range[1] && visited < max; seq++) {
                if (matcher.test(slot(seq))) {
                    visitor.accept(item(seq));
                    visited++;
                }
            }
            return seq < range[1] ? seq : -1;
        } finally {
            lock.readLock().unlock();
        }
    }

    private HistoryEntry entry(int slot) {
        int chunk = slot >>> CHUNK_BITS;
        int offset = slot & MASK;
        Definition definition = definitionRefs.value(definitions[chunk][offset]);
        Activity activity = activityRefs.value(activities[chunk][offset]);
        return new HistoryEntry(contactKeys.value(contacts[chunk][offset]), definition.id(), definition.name(),
                activity.id(), activity.name(), activity.type(), statusNames.value(statuses[chunk][offset]),
                new UUID(eventHigh[chunk][offset], eventLow[chunk][offset]).toString(),
                Instant.ofEpochMilli(times[chunk][offset]));
    }

    private Page searchUnordered(HistoryQuery query, Matcher matcher, long[] range, int offset, int limit,
            HistoryView view) {
        List<long[]> matches = new ArrayList<>();
        for (long seq = range[0]; seq < range[1]; seq++) {
            int slot = slot(seq);
            if (matcher.test(slot) && view.isWritten(seq, time(slot))) {
                matches.add(new long[] {time(slot), seq});
            }
        }
        matches.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        if (view.shuffleSeed() != null) {
            Collections.shuffle(matches, new Random(view.shuffleSeed()));
        } else if (query.descending()) {
            Collections.reverse(matches);
        }
        List<ObjectNode> items = new ArrayList<>();
        for (int i = offset; i < matches.size() && items.size() < limit; i++) {
            items.add(item(matches.get(i)[1]));
        }
        return new Page(matches.size(), items);
    }

    /** Sequence range {@code [from, to)} limited by the time bounds when records are in time order. */
    private long[] range(HistoryQuery query) {
        long oldest = Math.max(0, written - capacity);
        long from = oldest;
        long to = written;
        if (timeOrdered) {
            if (query.start() != null) {
                from = firstAtOrAfter(query.start().toEpochMilli(), oldest, written);
            }
            if (query.end() != null) {
                to = firstAtOrAfter(query.end().toEpochMilli(), from, written);
            }
        }
        return new long[] {from, to};
    }

    private long firstAtOrAfter(long time, long low, long high) {
        long lo = low;
        long hi = high;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (time(slot(mid)) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int slot(long sequence) {
        return (int) (sequence % capacity);
    }

    private long time(int slot) {
        return times[slot >>> CHUNK_BITS][slot & MASK];
    }

    private ObjectNode item(long sequence) {
        int slot = slot(sequence);
        int chunk = slot >>> CHUNK_BITS;
        int offset = slot & MASK;
        Definition definition = definitionRefs.value(definitions[chunk][offset]);
        Activity activity = activityRefs.value(activities[chunk][offset]);
        ObjectNode item = Json.object();
        item.put("id", itemId(sequence));
        item.put("activityId", activity.id());
        item.put("activityName", activity.name());
        item.put("activityType", activity.type());
        item.put("contactKey", contactKeys.value(contacts[chunk][offset]));
        item.put("definitionId", definition.id());
        item.put("definitionName", definition.name());
        item.put("eventId", new UUID(eventHigh[chunk][offset], eventLow[chunk][offset]).toString());
        item.put("status", statusNames.value(statuses[chunk][offset]));
        item.put("transactionTime", Timestamps.formatMillis(times[chunk][offset]));
        return item;
    }

    /** A unique GUID per record: the sequence number scrambled by an odd multiplier (a bijection mod 2^48). */
    private String itemId(long sequence) {
        long scrambled = ((idSequence + sequence) * 0x9E3779B97F4BL) & 0x0000FFFFFFFFFFFFL;
        return new UUID(idHigh, idLowPrefix | scrambled).toString();
    }

    /** Resolves the string filters to dictionary ids once; {@code null} when nothing can match. */
    private Matcher matcher(HistoryQuery query) {
        int account = accountIds.lookup(query.accountId());
        if (account < 0) {
            return null;
        }
        BitSet allowedDefinitions = empty(query.definitionIds()) ? null : allowed(definitionRefs.size(),
                id -> contains(query.definitionIds(), definitionRefs.value(id).id()));
        BitSet allowedActivities = empty(query.activityIds()) && empty(query.activityTypes()) ? null
                : allowed(activityRefs.size(), id -> {
                    Activity activity = activityRefs.value(id);
                    return (empty(query.activityIds()) || contains(query.activityIds(), activity.id()))
                            && (empty(query.activityTypes()) || contains(query.activityTypes(), activity.type()));
                });
        BitSet allowedStatuses = empty(query.statuses()) ? null : allowed(statusNames.size(),
                id -> contains(query.statuses(), statusNames.value(id)));
        BitSet allowedContacts = null;
        if (!empty(query.contactKeys())) {
            allowedContacts = new BitSet();
            for (String contactKey : query.contactKeys()) {
                int id = contactKeys.lookup(contactKey);
                if (id >= 0) {
                    allowedContacts.set(id);
                }
            }
        }
        Set<UUID> events = null;
        if (!empty(query.eventIds())) {
            events = new HashSet<>();
            for (String eventId : query.eventIds()) {
                try {
                    events.add(UUID.fromString(eventId));
                } catch (IllegalArgumentException ignored) {
                    // not a GUID: matches nothing
                }
            }
        }
        long start = query.start() == null ? Long.MIN_VALUE : query.start().toEpochMilli();
        long end = query.end() == null ? Long.MAX_VALUE : query.end().toEpochMilli();
        return new Matcher(account, allowedDefinitions, allowedActivities, allowedStatuses, allowedContacts, events,
                start, end);
    }

    private static BitSet allowed(int size, IntPredicate test) {
        BitSet bits = new BitSet(size);
        for (int id = 0; id < size; id++) {
            if (test.test(id)) {
                bits.set(id);
            }
        }
        return bits;
    }

    private static boolean empty(Set<String> set) {
        return set == null || set.isEmpty();
    }

    private static boolean contains(Set<String> set, String value) {
        for (String candidate : set) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private final class Matcher {
        private final int account;
        private final BitSet definitionIds;
        private final BitSet activityIds;
        private final BitSet statusIds;
        private final BitSet contactIds;
        private final Set<UUID> events;
        private final long start;
        private final long end;

        Matcher(int account, BitSet definitionIds, BitSet activityIds, BitSet statusIds, BitSet contactIds,
                Set<UUID> events, long start, long end) {
            this.account = account;
            this.definitionIds = definitionIds;
            this.activityIds = activityIds;
            this.statusIds = statusIds;
            this.contactIds = contactIds;
            this.events = events;
            this.start = start;
            this.end = end;
        }

        boolean test(int slot) {
            int chunk = slot >>> CHUNK_BITS;
            int offset = slot & MASK;
            long time = times[chunk][offset];
            return accounts[chunk][offset] == account
                    && time >= start && time < end
                    && (definitionIds == null || definitionIds.get(definitions[chunk][offset]))
                    && (activityIds == null || activityIds.get(activities[chunk][offset]))
                    && (statusIds == null || statusIds.get(statuses[chunk][offset]))
                    && (contactIds == null || contactIds.get(contacts[chunk][offset]))
                    && (events == null || events.contains(new UUID(eventHigh[chunk][offset], eventLow[chunk][offset])));
        }
    }
}

package io.sfmcjourney.simulator;

import io.sfmcjourney.simulator.state.EntryListener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the accepted entry events (capped, oldest dropped) and counts them, duplicates included. */
final class EventLedger implements EntryListener {

    private final Counters counters;
    private final int capacity;
    private final int fingerprintCapacity;
    private final ArrayDeque<AcceptedEvent> events = new ArrayDeque<>();
    private final Set<Long> fingerprints = ConcurrentHashMap.newKeySet();

    EventLedger(Counters counters, int capacity, int fingerprintCapacity) {
        this.counters = counters;
        this.capacity = capacity;
        this.fingerprintCapacity = fingerprintCapacity;
    }

    @Override
    public void accepted(AcceptedEvent event) {
        if (fingerprints.size() >= fingerprintCapacity) {
            fingerprints.clear();
        }
        boolean sameData = !fingerprints.add(fingerprint(event));
        counters.eventAccepted(event.contactKey(), event.eventDefinitionKey(), sameData);
        synchronized (events) {
            if (capacity <= 0) {
                return;
            }
            if (events.size() == capacity) {
                events.removeFirst();
            }
            events.addLast(event);
        }
    }

    List<AcceptedEvent> snapshot() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    void clear() {
        synchronized (events) {
            events.clear();
        }
        fingerprints.clear();
    }

    /** 64-bit FNV-1a over contact key, definition key and data. */
    private static long fingerprint(AcceptedEvent event) {
        String text = event.contactKey() + '\u0000' + event.eventDefinitionKey().toLowerCase(Locale.ROOT) + '\u0000'
                + event.data();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

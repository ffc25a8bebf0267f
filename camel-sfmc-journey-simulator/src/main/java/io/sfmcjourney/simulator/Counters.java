package io.sfmcjourney.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Cheap running totals: token requests, calls per method, accepted and duplicate entry events. */
public final class Counters {

    /**
     * A contact entered through one event definition.
     *
     * @param contactKey         contact key as sent
     * @param eventDefinitionKey key of the event definition as the simulator stores it
     */
    public record ContactEntry(String contactKey, String eventDefinitionKey) {
    }

    private final LongAdder tokenRequests = new LongAdder();
    private final Map<String, LongAdder> tokensIssued = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder eventsAccepted = new LongAdder();
    private final LongAdder streamedBytes = new LongAdder();
    private final LongAdder duplicateEvents = new LongAdder();
    private final Map<ContactEntry, LongAdder> eventsPerEntry = new ConcurrentHashMap<>();
    private final boolean perContact;

    /** @param perContact whether accepted events are counted per contact and event definition */
    Counters(boolean perContact) {
        this.perContact = perContact;
    }

    void tokenRequest() {
        tokenRequests.increment();
    }

    void tokenIssued(String clientId, String accountId) {
        tokensIssued.computeIfAbsent(clientId + '\n' + accountId, k -> new LongAdder()).increment();
    }

    void call(String method) {
        calls.computeIfAbsent(method, k -> new LongAdder()).increment();
    }

    void eventAccepted(String contactKey, String eventDefinitionKey, boolean sameData) {
        eventsAccepted.increment();
        if (perContact) {
            eventsPerEntry.computeIfAbsent(new ContactEntry(contactKey, eventDefinitionKey), k -> new LongAdder())
                    .increment();
        }
        if (sameData) {
            duplicateEvents.increment();
        }
    }

    /** Every request to {@code /v2/token}, successful or not. */
    /** Bytes of streamed bodies (journey history downloads) written to clients so far. */
    public long streamedBytes() {
        return streamedBytes.sum();
    }

    void streamed(long bytes) {
        streamedBytes.add(bytes);
    }

    public long tokenRequests() {
        return tokenRequests.sum();
    }

    /** Tokens issued to this client for this account id (MID); a request without account_id counts for the client's default MID. */
    public long tokenRequests(String clientId, String accountId) {
        LongAdder adder = tokensIssued.get(clientId + '\n' + accountId);
        return adder == null ? 0 : adder.sum();
    }

    /** Requests routed to a discovery method name ({@code token} and {@code unknown} included), faulted ones too. */
    public long calls(String method) {
        LongAdder adder = calls.get(method);
        return adder == null ? 0 : adder.sum();
    }

    /** Entry events accepted through {@code /events} and {@code /async/events}. */
    public long eventsAccepted() {
        return eventsAccepted.sum();
    }

    /**
     * Accepted events whose contactKey + eventDefinitionKey + data had already been accepted before (identical
     * resends). Fingerprints are kept for a bounded number of recent events, so very old repeats are not counted.
     * For duplicates regardless of data see {@link #duplicateEvents(String, String)}.
     */
    public long duplicateEvents() {
        return duplicateEvents.sum();
    }

    /**
     * Accepted events for this contact and event definition beyond the first, whatever their data; always 0 when the
     * simulator was built with {@code countPerContact(false)}.
     *
     * @param eventDefinitionKey the key as the definition stores it (case-sensitive)
     */
    public long duplicateEvents(String contactKey, String eventDefinitionKey) {
        LongAdder adder = eventsPerEntry.get(new ContactEntry(contactKey, eventDefinitionKey));
        return adder == null ? 0 : Math.max(0, adder.sum() - 1);
    }

    /** Every contact and event definition with at least one duplicate (see {@link #duplicateEvents(String, String)}). */
    public Map<ContactEntry, Long> duplicatesByContactAndDefinition() {
        Map<ContactEntry, Long> duplicates = new HashMap<>();
        eventsPerEntry.forEach((entry, adder) -> {
            long extra = adder.sum() - 1;
            if (extra > 0) {
                duplicates.put(entry, extra);
            }
        });
        return Map.copyOf(duplicates);
    }

    /** Sets every counter back to zero and forgets the per-contact event counts. */
    public void reset() {
        streamedBytes.reset();
        tokenRequests.reset();
        tokensIssued.clear();
        calls.clear();
        eventsAccepted.reset();
        duplicateEvents.reset();
        eventsPerEntry.clear();
    }
}

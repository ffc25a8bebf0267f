package io.sfmcjourney.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Cheap running totals: token requests, calls per method, accepted and duplicate entry events. */
public final class Counters {

    private final LongAdder tokenRequests = new LongAdder();
    private final Map<String, LongAdder> tokensIssued = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder eventsAccepted = new LongAdder();
    private final LongAdder duplicateEvents = new LongAdder();

    Counters() {
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

    void eventAccepted(boolean duplicate) {
        eventsAccepted.increment();
        if (duplicate) {
            duplicateEvents.increment();
        }
    }

    /** Every request to {@code /v2/token}, successful or not. */
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

    /** Accepted events whose contactKey + eventDefinitionKey + data had already been accepted before. */
    public long duplicateEvents() {
        return duplicateEvents.sum();
    }

    public void reset() {
        tokenRequests.reset();
        tokensIssued.clear();
        calls.clear();
        eventsAccepted.reset();
        duplicateEvents.reset();
    }
}

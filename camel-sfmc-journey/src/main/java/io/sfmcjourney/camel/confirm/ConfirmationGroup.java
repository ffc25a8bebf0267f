package io.sfmcjourney.camel.confirm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.camel.model.SfmcTimestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pending entries of one event definition on one REST client, settled together: each poll reads the batch
 * status once per {@code requestId} with members not yet seen processed (an {@code errored} member is NOT_ENTERED),
 * then the journey history of up to {@value #CONTACTS_PER_SEARCH} contacts per search (every pending entry: the
 * history does not wait for the status to say processed), and decides every entry the records answer. Polls of one group never overlap. Records are
 * matched to an entry by {@code eventId} = {@code eventInstanceId}; when no record carries the entry's
 * eventInstanceId, by contact and time: the oldest unclaimed event of the contact whose records start at or after
 * the entry was sent (record times without offset read as UTC). Every filter is applied again on the client.
 */
final class ConfirmationGroup {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationGroup.class);

    /** Contact keys per history search. */
    static final int CONTACTS_PER_SEARCH = 100;
    /** How far before the oldest entry of a search its window starts (clock differences). */
    static final Duration WINDOW_MARGIN = Duration.ofMinutes(1);
    /** How much earlier than the send a record matched by time may be (clock differences). */
    static final Duration TIME_MATCH_TOLERANCE = Duration.ofSeconds(2);

    private final String eventDefinitionKey;
    private final ConfirmationReads reads;
    private final ConcurrentLinkedQueue<PendingEntry> arrivals = new ConcurrentLinkedQueue<>();
    private final List<PendingEntry> active = new ArrayList<>();
    /** History event ids already used for an outcome (newest kept, at most {@value #CLAIMED_KEPT}). */
    private final Set<String> claimedEventIds = new LinkedHashSet<>();

    static final int CLAIMED_KEPT = 100_000;

    ConfirmationGroup(String eventDefinitionKey, ConfirmationReads reads) {
        this.eventDefinitionKey = eventDefinitionKey;
        this.reads = reads;
    }

    void add(PendingEntry entry) {
        arrivals.add(entry);
    }

    /** Whether entries are waiting (after a poll: whether to poll again). */
    synchronized boolean hasPending() {
        active.removeIf(PendingEntry::finished);
        return !active.isEmpty() || !arrivals.isEmpty();
    }

    /** One poll: reads what SFMC says and settles every entry it answers or whose time is up. */
    synchronized void poll(Instant now) {
        for (PendingEntry entry; (entry = arrivals.poll()) != null;) {
            active.add(entry);
        }
        active.removeIf(PendingEntry::finished);
        if (active.isEmpty()) {
            return;
        }
        try {
            readStatuses();
        } catch (Exception e) {
            failed("batch status", e);
        }
        try {
            readHistory();
        } catch (Exception e) {
            failed("history", e);
        }
        for (PendingEntry entry : active) {
            if (!entry.finished() && !now.isBefore(entry.deadline())) {
                entry.finish(EntryOutcome.UNKNOWN, null, null, List.of());
            }
        }
        active.removeIf(PendingEntry::finished);
    }

    private void failed(String read, Exception e) {
        LOG.warn("Entry confirmation of event definition {}: the {} read failed ({}); trying again at the next poll",
                eventDefinitionKey, read, e.getMessage());
    }

    /** Settles every entry as UNKNOWN (the component stops). */
    synchronized void abandon() {
        for (PendingEntry entry; (entry = arrivals.poll()) != null;) {
            active.add(entry);
        }
        active.forEach(entry -> entry.finish(EntryOutcome.UNKNOWN, null, null, List.of()));
        active.clear();
    }

    private void readStatuses() throws Exception {
        Map<String, List<PendingEntry>> byRequest = new LinkedHashMap<>();
        for (PendingEntry entry : active) {
            if (!entry.finished() && !entry.processed()) {
                byRequest.computeIfAbsent(entry.event().requestId(), id -> new ArrayList<>()).add(entry);
            }
        }
        for (Map.Entry<String, List<PendingEntry>> request : byRequest.entrySet()) {
            Map<String, JsonNode> byInstance = new HashMap<>();
            for (JsonNode item : reads.status(request.getKey())) {
                if (request.getKey().equals(item.path("requestId").asText(request.getKey()))) {
                    byInstance.put(item.path("eventInstanceId").asText(""), item);
                }
            }
            for (PendingEntry entry : request.getValue()) {
                JsonNode item = byInstance.get(entry.event().eventInstanceId());
                String status = item == null ? "" : item.path("status").asText("");
                if (status.equalsIgnoreCase("errored")) {
                    entry.finish(EntryOutcome.NOT_ENTERED, "errored", text(item, "message"), List.of());
                } else if (status.equalsIgnoreCase("processed")) {
                    entry.markProcessed();
                }
            }
        }
    }

    private void readHistory() throws Exception {
        List<PendingEntry> ready = new ArrayList<>();
        for (PendingEntry entry : active) {
            if (!entry.finished()) {
                ready.add(entry);
            }
        }
        ready.sort(Comparator.comparing(PendingEntry::sentAt));
        Map<String, List<PendingEntry>> byContact = new LinkedHashMap<>();
        ready.forEach(entry -> byContact.computeIfAbsent(entry.contactKey(), k -> new ArrayList<>()).add(entry));
        List<String> contacts = new ArrayList<>(byContact.keySet());
        for (int from = 0; from < contacts.size(); from += CONTACTS_PER_SEARCH) {
            List<String> chunk = contacts.subList(from, Math.min(contacts.size(), from + CONTACTS_PER_SEARCH));
            Instant start = chunk.stream().map(contact -> byContact.get(contact).get(0).sentAt())
                    .min(Comparator.naturalOrder()).orElseThrow().minus(WINDOW_MARGIN);
            Map<String, List<HistoryRecord>> records = byContact(reads.history(chunk, start), chunk);
            for (String contact : chunk) {
                settle(byContact.get(contact), records.getOrDefault(contact, List.of()));
            }
        }
    }

    /** The records of the wanted contacts only (SFMC is reported to ignore some filters). */
    private static Map<String, List<HistoryRecord>> byContact(List<HistoryRecord> records, List<String> wanted) {
        Set<String> contacts = new HashSet<>(wanted);
        Map<String, List<HistoryRecord>> result = new HashMap<>();
        for (HistoryRecord record : records) {
            if (record.getContactKey() != null && contacts.contains(record.getContactKey())) {
                result.computeIfAbsent(record.getContactKey(), k -> new ArrayList<>()).add(record);
            }
        }
        return result;
    }

    /** Decides the entries of one contact (oldest first) from its records. */
    private void settle(List<PendingEntry> entries, List<HistoryRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Set<String> ownIds = new HashSet<>();
        entries.forEach(entry -> ownIds.add(entry.event().eventInstanceId()));
        Map<String, List<HistoryRecord>> byEvent = new LinkedHashMap<>();
        for (HistoryRecord record : records) {
            byEvent.computeIfAbsent(String.valueOf(record.getEventId()), k -> new ArrayList<>()).add(record);
        }
        for (PendingEntry entry : entries) {
            List<HistoryRecord> matched = byEvent.get(entry.event().eventInstanceId());
            String claimed = null;
            if (matched == null) {
                claimed = unclaimedAfter(byEvent, ownIds, entry.sentAt());
                matched = claimed == null ? null : byEvent.get(claimed);
            }
            EntryVerdict.Decision decision = matched == null ? null : EntryVerdict.of(matched);
            if (decision != null) {
                claim(claimed != null ? claimed : entry.event().eventInstanceId());
                entry.finish(decision.outcome(), decision.status(), null, matched);
            }
        }
    }

    private void claim(String eventId) {
        claimedEventIds.add(eventId);
        if (claimedEventIds.size() > CLAIMED_KEPT) {
            var oldest = claimedEventIds.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** The first event (in record order) not claimed yet whose records start no earlier than the send. */
    private String unclaimedAfter(Map<String, List<HistoryRecord>> byEvent, Set<String> ownIds, Instant sentAt) {
        Set<String> candidates = new LinkedHashSet<>(byEvent.keySet());
        candidates.removeAll(ownIds);
        candidates.removeAll(claimedEventIds);
        for (String eventId : candidates) {
            Instant first = time(byEvent.get(eventId).get(0));
            if (first != null && !first.isBefore(sentAt.minus(TIME_MATCH_TOLERANCE))) {
                return eventId;
            }
        }
        return null;
    }

    private static Instant time(HistoryRecord record) {
        try {
            var time = SfmcTimestamps.parse(record.getTransactionTime());
            return time == null ? null : time.toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

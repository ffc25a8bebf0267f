package io.sfmcjourney.examples.quickstart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.confirm.EntryConfirmation;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of one quickstart run, bound as bean {@code quickstart}: the routes report what they sent and what
 * the API answered, and ask it when to stop waiting. {@link #summary()} compares the two. Thread-safe: the history
 * route reports from its own thread.
 */
public class QuickstartRun {

    private static final Logger LOG = LoggerFactory.getLogger("quickstart");
    private static final ObjectMapper JSON = SfmcJson.mapper();
    private static final TypeReference<Map<String, Object>> ANSWER = new TypeReference<>() {
    };

    private long historyTimeoutMillis = 300_000;

    private final EntryTally entries = new EntryTally();
    private final HistoryTally history = new HistoryTally();
    private final List<String> problems = new ArrayList<>();
    private String journeyKey;
    private Integer journeyVersion;
    private String definitionId;
    private String publishStatus;
    private String journeyStatus;
    private long historyDeadline;
    private long lastHistoryProgress;

    /** Remembers the journey version that was created or updated. */
    public synchronized void journeyDeployed(Map<String, Object> journey) {
        journeyKey = String.valueOf(journey.get("key"));
        journeyVersion = ((Number) journey.get("version")).intValue();
        definitionId = String.valueOf(journey.get("definitionId"));
        LOG.info("Journey {} version {} is a Draft (definitionId {})", journeyKey, journeyVersion, definitionId);
    }

    /** Books how the publish ended (waitForPublish) and prints its errors and warnings. */
    public synchronized void publishFinished(PublishResult result) {
        publishStatus = result.getStatus();
        result.getErrors().forEach(issue -> LOG.warn("Publish error: {} {}", issue.getErrorCode(),
                issue.getErrorDetail()));
        result.getWarnings().forEach(issue -> LOG.warn("Publish warning: {} {}", issue.getErrorCode(),
                issue.getErrorDetail()));
        LOG.info("Publish of {} version {} ended: {}", journeyKey, journeyVersion, publishStatus);
    }

    /** Books the journey version's status as read back from the API. */
    public synchronized void journeyReadBack(Map<String, Object> journey) {
        journeyStatus = String.valueOf(journey.get("status"));
    }

    /** Whether the journey version is Published, so contacts can enter it. */
    public synchronized boolean published() {
        return "Published".equals(journeyStatus);
    }

    /**
     * Books one postAsyncEvents answer: with {@code confirmEntry=true} one {@link EntryConfirmation} per member
     * (entered, not entered and why, or unknown); without it SFMC's answer ({@code {requestId, count, notQueuedCount,
     * members}} as a Map, or the component's typed result of the same shape). Prints a progress line.
     */
    @SuppressWarnings("unchecked")
    public synchronized void batchEntered(@ExchangeProperty("membersSent") int membersSent, Object answer) {
        if (answer instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof EntryConfirmation)) {
            entries.confirmed(membersSent, (List<EntryConfirmation>) list);
        } else {
            entries.answered(membersSent, JSON.convertValue(answer, ANSWER));
        }
        LOG.info(entries.progress());
    }

    /** Books a postAsyncEvents request that failed as a whole. */
    public synchronized void batchFailed(@ExchangeProperty("membersSent") int membersSent, Exception cause) {
        entries.requestFailed(membersSent, cause);
        LOG.warn(entries.progress() + " (last request failed: " + EntryTally.reason(cause) + ")");
    }

    /** Books one page of the history consumer and returns its records of the published journey version. */
    public synchronized List<HistoryRecord> historyPage(List<HistoryRecord> page) {
        return definitionId == null ? List.of() : history.page(page, definitionId);
    }

    /**
     * Whether to keep waiting for history: true until every accepted contact has a record, or the history timeout
     * has passed since the first call. Prints progress every few seconds.
     */
    public synchronized boolean awaitingHistory() {
        long now = System.currentTimeMillis();
        if (historyDeadline == 0) {
            historyDeadline = now + historyTimeoutMillis;
        }
        boolean complete = history.coversAll(entries.acceptedContacts());
        if (complete || now - lastHistoryProgress >= 2_000) {
            lastHistoryProgress = now;
            LOG.info("history: {} pages read, {} records, {} of {} accepted contacts seen", history.pages(),
                    history.records(), acceptedSeen(), entries.accepted());
        }
        return !complete && now < historyDeadline;
    }

    /** Compares what was sent with what the API reported. */
    public synchronized RunSummary summary() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(entries.problems());
        if (!"PublishCompleted".equals(publishStatus)) {
            all.add("the publication ended with " + publishStatus + " instead of PublishCompleted");
        }
        if (!"Published".equals(journeyStatus)) {
            all.add("the journey version is " + journeyStatus + " instead of Published");
        }
        if (entries.sent() == 0) {
            all.add("no contacts were sent");
        } else if (entries.accepted() == 0) {
            all.add("the API accepted none of the " + entries.sent() + " contacts");
        }
        if (entries.accepted() + entries.failed() != entries.sent()) {
            all.add(entries.sent() + " sent but " + entries.accepted() + " accepted + " + entries.failed()
                    + " failed");
        }
        long missing = entries.acceptedContacts().size() - acceptedSeen();
        if (missing > 0) {
            all.add(missing + " accepted contacts have no history record for journey version " + journeyVersion);
        }
        if (entries.unknown() > 0) {
            all.add(entries.unknown() + " contacts have no confirmed entry outcome (UNKNOWN after confirmTimeout)");
        }
        long unexpected = countRejectedSeen();
        if (unexpected > 0) {
            all.add(unexpected + " rejected contacts appear in the journey history anyway");
        }
        return new RunSummary(journeyKey, journeyVersion, publishStatus, journeyStatus, entries.sent(),
                entries.accepted(), entries.failed(), entries.entered(), entries.notEnteredReasons(),
                entries.unknown(), history.records(), history.pages(), acceptedSeen(), List.copyOf(all));
    }

    private long acceptedSeen() {
        return entries.acceptedContacts().stream().filter(history.contacts()::contains).count();
    }

    private long countRejectedSeen() {
        return entries.rejectedContacts().stream()
                .filter(key -> history.contacts().contains(key) && !entries.acceptedContacts().contains(key)).count();
    }

    public long getHistoryTimeoutMillis() {
        return historyTimeoutMillis;
    }

    /** How long to wait for every accepted contact to show up in the journey history. */
    public void setHistoryTimeoutMillis(long historyTimeoutMillis) {
        this.historyTimeoutMillis = historyTimeoutMillis;
    }
}

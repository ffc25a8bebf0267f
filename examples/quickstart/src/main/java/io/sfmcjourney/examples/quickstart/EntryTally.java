package io.sfmcjourney.examples.quickstart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.sfmcjourney.camel.confirm.EntryConfirmation;
import io.sfmcjourney.camel.confirm.EntryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the contacts sent to postAsyncEvents against what each answer reports: members queued (with an
 * eventInstanceId), members rejected (with an errorcode), and requests that failed as a whole; and, from the
 * confirmed outcomes ({@code confirmEntry=true}), how many contacts entered the journey, how many did not and why.
 */
final class EntryTally {

    private static final Logger LOG = LoggerFactory.getLogger("quickstart");
    private static final int MAX_LISTED = 10;

    private final long startNanos = System.nanoTime();
    private final Set<String> acceptedContacts = new HashSet<>();
    private final Set<String> rejectedContacts = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private long sent;
    private long accepted;
    private long rejected;
    private long failed;
    private long batches;
    private long entered;
    private long unknown;
    private final Map<String, Long> notEnteredReasons = new TreeMap<>();

    /** Books one answer of postAsyncEvents to a request of {@code membersSent} members. */
    @SuppressWarnings("unchecked")
    void answered(int membersSent, Map<String, Object> answer) {
        batches++;
        sent += membersSent;
        List<Map<String, Object>> members = (List<Map<String, Object>>) answer.getOrDefault("members", List.of());
        long notQueued = number(answer.get("notQueuedCount"));
        long count = number(answer.get("count"));
        if (count != membersSent) {
            problem("request " + answer.get("requestId") + ": sent " + membersSent + " members, the API counted "
                    + count);
        }
        long rejectedHere = 0;
        for (Map<String, Object> member : members) {
            String contactKey = String.valueOf(member.get("contactKey"));
            if (member.get("eventInstanceId") != null && member.get("errorcode") == null) {
                acceptedContacts.add(contactKey);
                accepted++;
            } else {
                rejectedContacts.add(contactKey);
                rejected++;
                rejectedHere++;
                if (rejected <= MAX_LISTED) {
                    LOG.warn("SFMC rejected {}: {} (errorcode {})", contactKey, member.get("message"),
                            member.get("errorcode"));
                }
            }
        }
        if (members.size() != membersSent) {
            problem("request " + answer.get("requestId") + ": sent " + membersSent + " members, the answer lists "
                    + members.size());
        }
        if (rejectedHere != notQueued) {
            problem("request " + answer.get("requestId") + ": notQueuedCount " + notQueued + " but " + rejectedHere
                    + " members carry an error");
        }
    }

    /**
     * Books the confirmed outcomes of one postAsyncEvents request of {@code membersSent} members (with
     * {@code confirmEntry=true} the body is one {@link EntryConfirmation} per member, in request order).
     */
    void confirmed(int membersSent, List<EntryConfirmation> outcomes) {
        batches++;
        sent += membersSent;
        if (outcomes.size() != membersSent) {
            problem("sent " + membersSent + " members, the answer lists " + outcomes.size());
        }
        for (EntryConfirmation outcome : outcomes) {
            if (outcome.eventInstanceId() != null) {
                acceptedContacts.add(outcome.contactKey());
                accepted++;
            } else {
                rejectedContacts.add(outcome.contactKey());
                rejected++;
                if (rejected <= MAX_LISTED) {
                    LOG.warn("SFMC rejected {}: {} (errorcode {})", outcome.contactKey(), outcome.message(),
                            outcome.reason());
                }
            }
            if (outcome.outcome() == EntryOutcome.ENTERED) {
                entered++;
            } else if (outcome.outcome() == EntryOutcome.NOT_ENTERED) {
                notEnteredReasons.merge(String.valueOf(outcome.reason()), 1L, Long::sum);
            } else {
                unknown++;
            }
        }
    }

    /** Books a request that failed as a whole (after the component's retries). */
    void requestFailed(int membersSent, Exception cause) {
        batches++;
        sent += membersSent;
        failed += membersSent;
        problem("a request of " + membersSent + " members failed: " + reason(cause));
    }

    /** The most telling message of a failure: that of its innermost cause. */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }

    /** One progress line: contacts so far and the rate. */
    String progress() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        return String.format("entered %,d contacts in %d requests: %,d accepted, %,d failed (%,.0f events/s)", sent,
                batches, accepted, rejected + failed, sent / seconds);
    }

    private void problem(String text) {
        problems.add(text);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : value == null ? 0 : Long.parseLong(value.toString());
    }

    long sent() {
        return sent;
    }

    long accepted() {
        return accepted;
    }

    long failed() {
        return rejected + failed;
    }

    long entered() {
        return entered;
    }

    long unknown() {
        return unknown;
    }

    /** Contacts that did not enter, per SFMC's reason. */
    Map<String, Long> notEnteredReasons() {
        return Map.copyOf(notEnteredReasons);
    }

    Set<String> acceptedContacts() {
        return acceptedContacts;
    }

    Set<String> rejectedContacts() {
        return rejectedContacts;
    }

    List<String> problems() {
        return problems;
    }
}

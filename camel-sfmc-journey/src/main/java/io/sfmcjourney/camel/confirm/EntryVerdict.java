package io.sfmcjourney.camel.confirm;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sfmcjourney.camel.model.HistoryRecord;

/**
 * Reads an entry's outcome from its journey history records (reference §1.19): a status that says the contact was
 * kept out (e.g. {@code ContactAlreadyInInteraction}, {@code DidNotMeetEntryCriteria}, {@code InteractionNotPublished},
 * {@code ContactIsDeleted}), or a {@code Trigger} record with any status but {@code Complete}, is NOT_ENTERED with that
 * status as reason; any other record (the trigger {@code Complete}, an activity reached) is ENTERED. When the event
 * feeds several journeys and one of them let the contact in, the outcome is ENTERED.
 */
final class EntryVerdict {

    /** History statuses that mean the contact did not enter the journey the record names. */
    static final Set<String> REFUSALS = Set.of("InteractionNotPublished", "DidNotMeetEntryCriteria",
            "ContactAlreadyInInteraction", "ContactPreviouslyInSameInteraction", "CurrentlyWaitingInSameInteraction",
            "ContactIsDeleted", "ContactIsRestricted", "ContactNotFound", "ContactObjectNull", "ErrorValidatingContact",
            "CouldNotParseInteractionId", "InvalidInteractionId", "NotEvaluatingEntryCriteria",
            "ErrorDeterminingInitialActivity");

    private static final Set<String> REFUSALS_LOWER = lower(REFUSALS);

    private EntryVerdict() {
    }

    /** The outcome the records show, or null when there are none. */
    static Decision of(List<HistoryRecord> records) {
        String refusal = null;
        for (HistoryRecord record : records) {
            String status = record.getStatus() == null ? "" : record.getStatus();
            if (refuses(record, status)) {
                refusal = refusal == null ? status : refusal;
            } else {
                return new Decision(EntryOutcome.ENTERED, status);
            }
        }
        return refusal == null ? null : new Decision(EntryOutcome.NOT_ENTERED, refusal);
    }

    private static boolean refuses(HistoryRecord record, String status) {
        if (REFUSALS_LOWER.contains(status.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return "Trigger".equalsIgnoreCase(record.getActivityType()) && !"Complete".equalsIgnoreCase(status);
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** An outcome and the status it was read from. */
    record Decision(EntryOutcome outcome, String status) {
    }
}

package io.sfmcjourney.camel.confirm;

import java.util.List;

import io.sfmcjourney.camel.model.HistoryRecord;

/**
 * The confirmed outcome of one entry event (the message body with {@code confirmEntry=true}; a list of them for a
 * postAsyncEvents member list).
 *
 * @param contactKey         the contact
 * @param eventDefinitionKey the event definition the contact was fired with
 * @param eventInstanceId    the id SFMC answered for the event (null for a member SFMC did not queue)
 * @param requestId          the {@code /async/events} request id, null for {@code /events}
 * @param outcome            ENTERED, NOT_ENTERED or UNKNOWN
 * @param reason             for NOT_ENTERED SFMC's reason: the journey history status (e.g.
 *                           {@code DidNotMeetEntryCriteria}), {@code errored} for a batch member
 *                           {@code /async/events/status} reports errored, or the errorcode of a member SFMC did not
 *                           queue; for ENTERED the status seen ({@code Complete}, {@code Waiting}); null for UNKNOWN
 * @param message            SFMC's message for an errored or not queued member, else null
 * @param records            the journey history records the outcome was read from (one journey or several)
 */
public record EntryConfirmation(String contactKey, String eventDefinitionKey, String eventInstanceId, String requestId,
        EntryOutcome outcome, String reason, String message, List<HistoryRecord> records) {

    public EntryConfirmation {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Whether the contact entered. */
    public boolean entered() {
        return outcome == EntryOutcome.ENTERED;
    }

    /** The same event with its outcome decided. */
    EntryConfirmation decided(EntryOutcome decided, String why, String text, List<HistoryRecord> from) {
        return new EntryConfirmation(contactKey, eventDefinitionKey, eventInstanceId, requestId, decided, why, text, from);
    }
}

package io.sfmcjourney.camel.reliability;

import io.sfmcjourney.camel.SfmcOutcomeUnknownException;

/**
 * What a route reported for one entry event: accepted with an event instance id, or failed with an exception.
 *
 * @param contactKey      the event's unique contact key
 * @param eventInstanceId the id SFMC answered, or null on failure
 * @param failure         the exchange's exception, or null on success
 */
record EntryOutcome(String contactKey, String eventInstanceId, Exception failure) {

    static EntryOutcome accepted(String contactKey, String eventInstanceId) {
        return new EntryOutcome(contactKey, eventInstanceId, null);
    }

    static EntryOutcome failed(String contactKey, Exception failure) {
        return new EntryOutcome(contactKey, null, failure);
    }

    boolean succeeded() {
        return failure == null;
    }

    /** A failure after which SFMC may or may not have accepted the event (reconcile before resending). */
    boolean ambiguous() {
        return failure instanceof SfmcOutcomeUnknownException
               || failure != null && failure.getCause() instanceof SfmcOutcomeUnknownException;
    }
}

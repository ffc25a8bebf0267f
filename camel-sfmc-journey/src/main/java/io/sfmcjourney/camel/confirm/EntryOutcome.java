package io.sfmcjourney.camel.confirm;

/** What became of a contact fired into a journey with {@code confirmEntry=true}, per SFMC's own records. */
public enum EntryOutcome {
    /** The journey history shows the contact in a journey the event definition feeds. */
    ENTERED,
    /** SFMC's records say the contact did not enter; the reason is SFMC's status (e.g. {@code ContactAlreadyInInteraction}). */
    NOT_ENTERED,
    /** SFMC's records said neither within {@code confirmTimeout}. */
    UNKNOWN
}

package io.sfmcjourney.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What decides whether a fired contact enters a journey, changeable at runtime through
 * {@link SfmcSimulator#entryRules()}: entry criteria and required data per event definition, deleted and restricted
 * contacts, how a journey with {@code entryMode} {@code NotSet} treats re-entry, and how long the journey history
 * takes to show an outcome. Every outcome is written to the journey history with SFMC's status name (reference
 * §1.19); see the simulator README for which of these behaviours are documented, observed or invented.
 */
public final class EntryRules {

    /** How a journey lets a contact in again ({@code entryMode}, reference §0.1). */
    public enum EntryMode {
        /** Re-entry at any time. */
        MultipleEntries,
        /** Re-entry only after exiting: a contact still in any version gets {@code ContactAlreadyInInteraction}. */
        SingleEntryAcrossAllVersions,
        /** No re-entry: {@code ContactAlreadyInInteraction} while in, {@code ContactPreviouslyInSameInteraction} after. */
        OnceAndDone;

        /** The mode of a journey's {@code entryMode} text; {@code NotSet}, empty or unknown text gives {@code notSet}. */
        public static EntryMode of(String text, EntryMode notSet) {
            for (EntryMode mode : values()) {
                if (mode.name().equalsIgnoreCase(text)) {
                    return mode;
                }
            }
            return notSet;
        }
    }

    private final Map<String, Map<String, String>> criteria = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> requiredData = new ConcurrentHashMap<>();
    private final Set<String> deletedContacts = ConcurrentHashMap.newKeySet();
    private final Set<String> restrictedContacts = ConcurrentHashMap.newKeySet();
    private volatile EntryMode notSetMode = EntryMode.MultipleEntries;
    private volatile Duration outcomeDelay = Duration.ZERO;

    /**
     * Entry criteria of an event definition: a contact enters only when its event data has {@code field} equal to
     * {@code value} (text comparison, field name ignoring case); otherwise history shows
     * {@code DidNotMeetEntryCriteria}. Several calls for one definition must all hold.
     */
    public EntryRules entryCriteria(String eventDefinitionKey, String field, String value) {
        criteria.computeIfAbsent(lower(eventDefinitionKey), k -> new ConcurrentHashMap<>())
                .put(lower(field), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * A data field the journeys of an event definition need: an event without it (or with it empty) is accepted
     * but the contact does not enter; history shows {@code ErrorValidatingContact}.
     */
    public EntryRules requireData(String eventDefinitionKey, String field) {
        requiredData.computeIfAbsent(lower(eventDefinitionKey), k -> ConcurrentHashMap.newKeySet()).add(lower(field));
        return this;
    }

    /** Marks a contact deleted: its events are accepted, history shows {@code ContactIsDeleted}. */
    public EntryRules deleteContact(String contactKey) {
        deletedContacts.add(contactKey);
        return this;
    }

    /** Marks a contact restricted: its events are accepted, history shows {@code ContactIsRestricted}. */
    public EntryRules restrictContact(String contactKey) {
        restrictedContacts.add(contactKey);
        return this;
    }

    /** How journeys with {@code entryMode} {@code NotSet} (the server default) treat re-entry (default re-entry anytime). */
    public EntryRules notSetEntryMode(EntryMode mode) {
        this.notSetMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    public EntryMode notSetEntryMode() {
        return notSetMode;
    }

    /**
     * How long after an event its outcome appears in the journey history (default 0); the records carry the time
     * they appear as {@code transactionTime}.
     */
    public EntryRules outcomeDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("outcomeDelay must be zero or positive");
        }
        this.outcomeDelay = delay;
        return this;
    }

    public Duration outcomeDelay() {
        return outcomeDelay;
    }

    /** {@code ContactIsDeleted}, {@code ContactIsRestricted} or {@code null} when the contact may enter. */
    public String contactStatus(String contactKey) {
        if (deletedContacts.contains(contactKey)) {
            return "ContactIsDeleted";
        }
        return restrictedContacts.contains(contactKey) ? "ContactIsRestricted" : null;
    }

    /** Whether the event data meets the definition's entry criteria (true when it has none). */
    public boolean meetsCriteria(String eventDefinitionKey, Map<String, Object> data) {
        Map<String, String> wanted = criteria.get(lower(eventDefinitionKey));
        if (wanted == null) {
            return true;
        }
        for (Map.Entry<String, String> condition : wanted.entrySet()) {
            Object actual = valueIgnoringCase(data, condition.getKey());
            if (actual == null || !condition.getValue().equals(String.valueOf(actual))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the event data has every field the definition's journeys need. */
    public boolean hasRequiredData(String eventDefinitionKey, Map<String, Object> data) {
        Set<String> fields = requiredData.get(lower(eventDefinitionKey));
        if (fields == null) {
            return true;
        }
        for (String field : fields) {
            Object value = valueIgnoringCase(data, field);
            if (value == null || String.valueOf(value).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Forgets every rule (criteria, required data, contact states) and restores the defaults. */
    public void clear() {
        criteria.clear();
        requiredData.clear();
        deletedContacts.clear();
        restrictedContacts.clear();
        notSetMode = EntryMode.MultipleEntries;
        outcomeDelay = Duration.ZERO;
    }

    private static Object valueIgnoringCase(Map<String, Object> data, String lowerName) {
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(lowerName)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String lower(String text) {
        return Objects.requireNonNull(text, "name").toLowerCase(Locale.ROOT);
    }
}

package io.sfmcjourney.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which contacts entered which journey (all versions together) of one account and whether they are still in (waiting
 * in an activity) or have exited: what the re-entry rules of {@code entryMode} look at. Only journeys that restrict
 * re-entry are tracked, so re-entry-anytime traffic costs no memory.
 */
final class JourneyMembership {

    /** A contact's place in a journey. */
    enum Presence { NEVER, IN, EXITED }

    private final Map<String, Map<String, Boolean>> byJourney = new ConcurrentHashMap<>();

    Presence presence(String journeyId, String contactKey) {
        Map<String, Boolean> contacts = byJourney.get(journeyId);
        Boolean stillIn = contacts == null ? null : contacts.get(contactKey);
        if (stillIn == null) {
            return Presence.NEVER;
        }
        return stillIn ? Presence.IN : Presence.EXITED;
    }

    void entered(String journeyId, String contactKey, boolean stillIn) {
        byJourney.computeIfAbsent(journeyId, id -> new ConcurrentHashMap<>()).put(contactKey, stillIn);
    }
}

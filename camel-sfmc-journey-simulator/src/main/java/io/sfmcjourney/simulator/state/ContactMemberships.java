package io.sfmcjourney.simulator.state;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which contacts are in which journey versions of one account: a contact that entered a Published version and waits
 * in it (a {@code WAIT} activity) is in it until a contact exit removes it. Exits are remembered per contact and
 * journey key for the exit status call. Thread-safe.
 */
public final class ContactMemberships {

    /** One version a contact exit removed the contact from (or tried to). */
    public record Exit(String definitionInstanceId, int version, String message) {
    }

    private final Map<String, Set<JourneyVersion>> byContact = new ConcurrentHashMap<>();
    private final Map<String, List<Exit>> exits = new ConcurrentHashMap<>();

    void entered(JourneyVersion version, String contactKey) {
        byContact.computeIfAbsent(contactKey, key -> ConcurrentHashMap.newKeySet()).add(version);
    }

    /** The versions the contact is in, in entry order of their journeys' versions. */
    public List<JourneyVersion> versionsOf(String contactKey) {
        Set<JourneyVersion> versions = byContact.get(contactKey);
        return versions == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(versions));
    }

    /** Removes the contact from {@code version}; false when it was not in it. */
    public boolean exit(JourneyVersion version, String contactKey) {
        Set<JourneyVersion> versions = byContact.get(contactKey);
        if (versions == null || !versions.remove(version)) {
            return false;
        }
        version.exited();
        return true;
    }

    /** Records the outcome of a contact exit for {@link #exitsOf}. */
    public void recordExit(String contactKey, String journeyKey, List<Exit> outcome) {
        exits.put(exitKey(contactKey, journeyKey), List.copyOf(outcome));
    }

    /** The outcome of the last contact exit of the contact from the journey, or null when none was requested. */
    public List<Exit> exitsOf(String contactKey, String journeyKey) {
        return exits.get(exitKey(contactKey, journeyKey));
    }

    private static String exitKey(String contactKey, String journeyKey) {
        return contactKey + "\u0000" + journeyKey.toLowerCase(Locale.ROOT);
    }
}

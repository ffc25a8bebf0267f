package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Immutable snapshot: the journeys an event definition names in a trigger but that have no Published version, split
 * into paused journeys (entries wait for the resume) and journeys whose latest version is no longer or not yet
 * published (Stopped, Unpublished, ScheduledToPublish: history shows {@code InteractionNotPublished}). A journey that
 * was never anything but a Draft records nothing (its entry source is not active).
 */
final class DormantTriggers {

    static final DormantTriggers EMPTY = new DormantTriggers(List.of(), List.of());

    private final List<JourneyVersion> paused;
    private final List<JourneyVersion> notPublished;

    private DormantTriggers(List<JourneyVersion> paused, List<JourneyVersion> notPublished) {
        this.paused = paused;
        this.notPublished = notPublished;
    }

    static DormantTriggers build(Collection<Journey> journeys) {
        List<JourneyVersion> paused = new ArrayList<>();
        List<JourneyVersion> notPublished = new ArrayList<>();
        for (Journey journey : journeys) {
            JourneyVersion pausedVersion = null;
            JourneyVersion latestLive = null;
            boolean published = false;
            for (JourneyVersion version : journey.versions()) {
                switch (version.status()) {
                    case Published -> published = true;
                    case Paused -> pausedVersion = version;
                    case Deleted -> { }
                    default -> latestLive = version;
                }
            }
            if (published) {
                continue;
            }
            if (pausedVersion != null) {
                paused.add(pausedVersion);
            } else if (latestLive != null && latestLive.trigger() != null
                    && latestLive.status() != JourneyStatus.Draft) {
                notPublished.add(latestLive);
            }
        }
        return new DormantTriggers(List.copyOf(paused), List.copyOf(notPublished));
    }

    /** Paused versions whose trigger names the definition. */
    List<JourneyVersion> paused(EventDefinition definition) {
        return naming(paused, definition);
    }

    /** Not published latest versions whose trigger names the definition. */
    List<JourneyVersion> notPublished(EventDefinition definition) {
        return naming(notPublished, definition);
    }

    private static List<JourneyVersion> naming(List<JourneyVersion> versions, EventDefinition definition) {
        if (versions.isEmpty()) {
            return List.of();
        }
        List<JourneyVersion> matches = new ArrayList<>();
        for (JourneyVersion version : versions) {
            JsonNode trigger = version.trigger();
            String key = JourneyLifecycle.triggerEventKey(trigger);
            String id = JourneyLifecycle.triggerEventId(trigger);
            if ((key != null && key.toLowerCase(Locale.ROOT).equals(definition.key().toLowerCase(Locale.ROOT)))
                    || (id != null && id.equalsIgnoreCase(definition.id()))) {
                matches.add(version);
            }
        }
        return matches;
    }
}

package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Immutable snapshot: which Published journey versions an event definition feeds (by key or by id). */
final class TriggerIndex {

    static final TriggerIndex EMPTY = new TriggerIndex(Map.of(), Map.of());

    private final Map<String, List<JourneyVersion>> byKey;
    private final Map<String, List<JourneyVersion>> byId;

    private TriggerIndex(Map<String, List<JourneyVersion>> byKey, Map<String, List<JourneyVersion>> byId) {
        this.byKey = byKey;
        this.byId = byId;
    }

    static TriggerIndex build(Collection<Journey> journeys) {
        Map<String, List<JourneyVersion>> byKey = new HashMap<>();
        Map<String, List<JourneyVersion>> byId = new HashMap<>();
        for (Journey journey : journeys) {
            for (JourneyVersion version : journey.versions()) {
                if (version.status() != JourneyStatus.Published) {
                    continue;
                }
                JsonNode trigger = version.trigger();
                String key = JourneyLifecycle.triggerEventKey(trigger);
                String id = JourneyLifecycle.triggerEventId(trigger);
                if (key != null) {
                    byKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(version);
                }
                if (id != null) {
                    byId.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(version);
                }
            }
        }
        return new TriggerIndex(byKey, byId);
    }

    /** Published versions whose trigger names this definition. */
    Collection<JourneyVersion> entering(EventDefinition definition) {
        List<JourneyVersion> viaKey = byKey.getOrDefault(definition.key().toLowerCase(Locale.ROOT), List.of());
        List<JourneyVersion> viaId = byId.getOrDefault(definition.id().toLowerCase(Locale.ROOT), List.of());
        if (viaId.isEmpty()) {
            return viaKey;
        }
        Set<JourneyVersion> union = new LinkedHashSet<>(viaKey);
        union.addAll(viaId);
        return union;
    }
}

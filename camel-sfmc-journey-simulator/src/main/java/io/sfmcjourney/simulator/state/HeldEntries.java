package io.sfmcjourney.simulator.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entries that arrived while their journey was paused, per journey id of one account: they wait, and enter when the
 * journey resumes (SFMC: "contacts are held at entry while paused", pause option RetainContactInjectionWhileJourneyPaused).
 */
final class HeldEntries {

    private final Map<String, List<Runnable>> byJourney = new ConcurrentHashMap<>();

    void hold(String journeyId, Runnable entry) {
        byJourney.compute(journeyId, (id, list) -> {
            List<Runnable> held = list == null ? new ArrayList<>() : list;
            held.add(entry);
            return held;
        });
    }

    /** Runs (and forgets) every entry held for the journey. */
    void release(String journeyId) {
        List<Runnable> held = byJourney.remove(journeyId);
        if (held != null) {
            held.forEach(Runnable::run);
        }
    }

    int held(String journeyId) {
        List<Runnable> held = byJourney.get(journeyId);
        return held == null ? 0 : held.size();
    }
}

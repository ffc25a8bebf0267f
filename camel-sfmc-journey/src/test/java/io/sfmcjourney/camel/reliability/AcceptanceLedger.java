package io.sfmcjourney.camel.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.simulator.AcceptedEvent;

/**
 * Matches what the routes reported per event against what the simulator accepted per contact key, and lists every
 * broken guarantee.
 */
final class AcceptanceLedger {

    private final Map<String, List<AcceptedEvent>> acceptedByKey = new HashMap<>();

    /** @param accepted the simulator's accepted events; those whose key does not start with {@code prefix} are ignored */
    AcceptanceLedger(List<AcceptedEvent> accepted, String prefix) {
        for (AcceptedEvent event : accepted) {
            if (event.contactKey().startsWith(prefix)) {
                acceptedByKey.computeIfAbsent(event.contactKey(), k -> new ArrayList<>()).add(event);
            }
        }
    }

    int timesAccepted(String contactKey) {
        List<AcceptedEvent> events = acceptedByKey.get(contactKey);
        return events == null ? 0 : events.size();
    }

    /** Distinct contact keys accepted at least once. */
    long distinctAccepted() {
        return acceptedByKey.size();
    }

    /** Acceptances beyond the first, over all keys. */
    long duplicates() {
        return acceptedByKey.values().stream().mapToLong(events -> events.size() - 1L).sum();
    }

    /**
     * Violations of the exactly-once guarantee: a success must be accepted exactly once with the answered id; a
     * definite failure never; an ambiguous failure at most once.
     */
    List<String> exactlyOnceViolations(List<EntryOutcome> outcomes) {
        List<String> violations = new ArrayList<>();
        for (EntryOutcome outcome : outcomes) {
            int times = timesAccepted(outcome.contactKey());
            if (outcome.succeeded()) {
                if (times != 1) {
                    violations.add(outcome.contactKey() + " succeeded but was accepted " + times + " times");
                } else if (!acceptedByKey.get(outcome.contactKey()).get(0).eventInstanceId()
                        .equals(outcome.eventInstanceId())) {
                    violations.add(outcome.contactKey() + " succeeded with another eventInstanceId than accepted");
                }
            } else if (outcome.ambiguous() ? times > 1 : times != 0) {
                violations.add(outcome.contactKey() + " failed (" + outcome.failure().getMessage() + ") but was accepted "
                               + times + " times");
            }
        }
        return violations;
    }

    /** Violations when ambiguous failures are replayed: every success accepted at least once with the answered id. */
    List<String> atLeastOnceViolations(List<EntryOutcome> outcomes) {
        List<String> violations = new ArrayList<>();
        for (EntryOutcome outcome : outcomes) {
            List<AcceptedEvent> events = acceptedByKey.getOrDefault(outcome.contactKey(), List.of());
            if (outcome.succeeded() && events.stream()
                    .noneMatch(event -> event.eventInstanceId().equals(outcome.eventInstanceId()))) {
                violations.add(outcome.contactKey() + " succeeded but its eventInstanceId was not accepted");
            }
        }
        return violations;
    }

    /** Failures whose message does not say which call failed and why. */
    static List<String> unexplainedFailures(List<EntryOutcome> outcomes, String operation) {
        List<String> unexplained = new ArrayList<>();
        for (EntryOutcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                String message = String.valueOf(outcome.failure().getMessage());
                boolean named = message.contains(operation) || message.startsWith("SFMC token request");
                if (!named || message.length() < operation.length() + 20) {
                    unexplained.add(outcome.contactKey() + ": " + outcome.failure());
                }
            }
        }
        return unexplained;
    }
}

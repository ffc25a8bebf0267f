package io.sfmcjourney.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A publish/validate check run against a journey version (a copy of its full JSON document).
 * Issues of type Error make the publish end in {@code Error}; warnings ride along with {@code PublishCompleted}.
 */
@FunctionalInterface
public interface JourneyValidationRule {

    List<ValidationIssue> validate(JsonNode journeyVersion);

    /** The default rules: an entry source is required, a journey without activities gets a warning. */
    static List<JourneyValidationRule> defaults() {
        return List.of(requireTrigger(), warnWithoutActivities());
    }

    /** Error 121100 when the version has no trigger. */
    static JourneyValidationRule requireTrigger() {
        return journey -> {
            JsonNode triggers = journey.get("triggers");
            if (triggers != null && triggers.isArray() && !triggers.isEmpty()) {
                return List.of();
            }
            return List.of(ValidationIssue.error("121100",
                    "The journey has no entry source. Add an entry source before activating the journey.",
                    Map.of("definitionId", journey.path("definitionId").asText())));
        };
    }

    /** Warning 121101 when the version has no activities. */
    static JourneyValidationRule warnWithoutActivities() {
        return journey -> {
            JsonNode activities = journey.get("activities");
            if (activities != null && activities.isArray() && !activities.isEmpty()) {
                return List.of();
            }
            return List.of(ValidationIssue.warning("121101", "The journey has no activities.",
                    Map.of("definitionId", journey.path("definitionId").asText())));
        };
    }
}

package io.sfmcjourney.camel.consumer;

import java.util.Arrays;
import java.util.List;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.model.HistoryRecord;

/**
 * The record filters of a history consumer, read from its comma-separated options {@code definitionId},
 * {@code contactKey}, {@code status} and {@code activityType}; an empty list means "any". They are sent to SFMC and
 * checked again on every record read, as SFMC was reported to ignore at least the journey filter.
 *
 * @param definitionIds journey version ids (compared ignoring case, as GUIDs)
 * @param contactKeys   contact keys (compared exactly)
 * @param statuses      record statuses (compared ignoring case)
 * @param activityTypes activity types (compared ignoring case)
 */
record HistoryFilters(List<String> definitionIds, List<String> contactKeys, List<String> statuses,
        List<String> activityTypes) {

    static HistoryFilters of(SfmcJourneyEndpointOptions options) {
        return new HistoryFilters(list(options.getDefinitionId()), list(options.getContactKey()),
                list(options.getStatus()), list(options.getActivityType()));
    }

    /** Null when the record passes every filter, else the name of the first filter it fails. */
    String rejection(HistoryRecord record) {
        if (!anyIgnoringCase(definitionIds, record.getDefinitionId())) {
            return "definitionId";
        }
        if (!contactKeys.isEmpty() && !contactKeys.contains(record.getContactKey())) {
            return "contactKey";
        }
        if (!anyIgnoringCase(statuses, record.getStatus())) {
            return "status";
        }
        return anyIgnoringCase(activityTypes, record.getActivityType()) ? null : "activityType";
    }

    private static boolean anyIgnoringCase(List<String> allowed, String value) {
        if (allowed.isEmpty()) {
            return true;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}

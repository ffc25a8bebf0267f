package io.sfmcjourney.camel.consumer;

import java.util.Arrays;
import java.util.List;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;

/**
 * The record filters of a history consumer, read from its comma-separated options; an empty list means "any".
 *
 * @param definitionIds journey version ids
 * @param contactKeys   contact keys
 * @param statuses      record statuses
 * @param activityTypes activity types
 */
record HistoryFilters(List<String> definitionIds, List<String> contactKeys, List<String> statuses,
        List<String> activityTypes) {

    static HistoryFilters of(SfmcJourneyConfiguration configuration) {
        return new HistoryFilters(list(configuration.getDefinitionIds()), list(configuration.getContactKeys()),
                list(configuration.getStatuses()), list(configuration.getActivityTypes()));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}

package io.sfmcjourney.simulator.state;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of a journey history search; empty sets and {@code null} bounds mean "any".
 *
 * @param accountId      the caller's MID
 * @param definitionIds  journey version ids (case-insensitive)
 * @param contactKeys    contact keys (exact)
 * @param activityIds    activity ids (case-insensitive)
 * @param activityTypes  activity types (case-insensitive)
 * @param statuses       statuses (case-insensitive)
 * @param eventIds       entry event ids (case-insensitive)
 * @param start          inclusive lower bound of transactionTime
 * @param end            exclusive upper bound of transactionTime
 * @param descending     newest first
 */
public record HistoryQuery(String accountId, Set<String> definitionIds, Set<String> contactKeys,
        Set<String> activityIds, Set<String> activityTypes, Set<String> statuses, Set<String> eventIds,
        Instant start, Instant end, boolean descending) {
}

package io.sfmcjourney.simulator;

import java.time.Instant;

/**
 * A journey history record to load through {@link SfmcSimulator#addHistory}. The item {@code id} is assigned by
 * the simulator.
 *
 * @param contactKey      contact key
 * @param definitionId    journey version id ({@code definitionId})
 * @param definitionName  journey name
 * @param activityId      activity (or trigger) id
 * @param activityName    activity name
 * @param activityType    e.g. {@code Trigger}, {@code EMAILV2}, {@code WAIT}
 * @param status          e.g. {@code Complete}, {@code Waiting}, {@code Failed}
 * @param eventId         GUID of the entry event, or {@code null} for a random one
 * @param transactionTime when it happened
 */
public record HistoryEntry(String contactKey, String definitionId, String definitionName, String activityId,
        String activityName, String activityType, String status, String eventId, Instant transactionTime) {
}

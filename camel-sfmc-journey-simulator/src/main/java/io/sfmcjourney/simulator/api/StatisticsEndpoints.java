package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.server.Timestamps;
import io.sfmcjourney.simulator.state.AccountState;
import io.sfmcjourney.simulator.state.EventDefinition;
import io.sfmcjourney.simulator.state.HistoryQuery;
import io.sfmcjourney.simulator.state.Journey;
import io.sfmcjourney.simulator.state.JourneyVersion;
import io.sfmcjourney.simulator.state.Ref;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trigger, goal and wait statistics, all derived from what the simulator recorded (entry events and history).
 */
final class StatisticsEndpoints {

    private static final String V1 = ApiRoutes.V1;

    private final ApiContext context;

    StatisticsEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("getTriggerStatistics", "GET", V1 + "triggerstats/{eventDefinitionID}", this::triggerStatistics);
        routes.add("getGoalStatistics", "GET", V1 + "goalstatistics/{id}", request -> goalStatistics(request, false));
        routes.add("postGoalStatistics", "POST", V1 + "goalstatistics/clear/{id}",
                request -> goalStatistics(request, true));
        routes.add("getWaitStatistics", "GET", V1 + "waitstatistics/{id}", this::waitStatistics);
    }

    /** {@code {"statuses":[{eventType, category, count}]}}: accepted, attempted, rejected and waiting counts. */
    private ApiResponse triggerStatistics(ApiRequest request) {
        AccountState account = request.account();
        EventDefinition definition = account.locked(
                () -> account.eventDefinitions().require(Ref.parse(request.path("eventDefinitionID"))));
        Map<String, Long> statistics = definition.statistics();
        ObjectNode body = Json.object();
        ArrayNode statuses = body.putArray("statuses");
        status(statuses, "MetCriteria", "success", statistics.get("MetCriteria"));
        status(statuses, "ContactAttempted", "information", statistics.get("ContactAttempted"));
        status(statuses, "Failed", "failure", statistics.get("Failed"));
        status(statuses, "ContactsWaiting", "information", 0);
        return ApiResponse.json(200, body);
    }

    private static void status(ArrayNode statuses, String eventType, String category, long count) {
        ObjectNode status = statuses.addObject();
        status.put("eventType", eventType);
        status.put("category", category);
        status.put("count", count);
    }

    /**
     * Entries ({@code Trigger} items), goals met ({@code Goal} items) and per-day activity counts of a journey,
     * counted since the last clear.
     */
    private ApiResponse goalStatistics(ApiRequest request, boolean clear) {
        AccountState account = request.account();
        Integer versionNumber = request.intParam("versionNumber");
        Ref ref = Ref.parse(request.path("id"));
        Scope scope = account.locked(() -> {
            Journey journey = account.journeys().require(ref);
            if (clear) {
                journey.clearGoalStatistics(Instant.now());
            }
            return Scope.of(journey, versionNumber == null ? null : account.journeys().get(ref, versionNumber));
        });
        long[] totals = new long[2];
        Map<LocalDate, Map<String, ObjectNode>> days = new TreeMap<>();
        context.history().scan(scope.query(account.accountId()), entry -> {
            if ("Trigger".equalsIgnoreCase(entry.activityType())) {
                totals[0]++;
            } else if ("Goal".equalsIgnoreCase(entry.activityType())) {
                totals[1]++;
            }
            LocalDate day = entry.transactionTime().atZone(ZoneOffset.UTC).toLocalDate();
            ObjectNode activity = days.computeIfAbsent(day, d -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.activityId(), id -> activityCounter(entry));
            activity.put("cumulativePopulationForDay", activity.get("cumulativePopulationForDay").asLong() + 1);
        });
        ObjectNode body = Json.object();
        body.put("id", scope.journey().id());
        if (versionNumber != null) {
            body.put("versionNumber", versionNumber);
        }
        body.put("cumulativePopulation", totals[0]);
        body.put("metGoal", totals[1]);
        body.put("goalPerformance", totals[0] == 0 ? 0.0 : 100.0 * totals[1] / totals[0]);
        ArrayNode dayItems = body.putArray("days");
        days.forEach((day, activities) -> {
            ObjectNode item = dayItems.addObject();
            item.put("date", Timestamps.format(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
            item.putArray("activities").addAll(activities.values());
        });
        return ApiResponse.json(200, body);
    }

    private static ObjectNode activityCounter(HistoryEntry entry) {
        ObjectNode activity = Json.object();
        activity.put("activityId", entry.activityId());
        activity.put("activityName", entry.activityName());
        activity.put("activityType", entry.activityType());
        activity.put("cumulativePopulationForDay", 0L);
        return activity;
    }

    /** Contacts currently waiting in each wait activity of a version ({@code Waiting} history items). */
    private ApiResponse waitStatistics(ApiRequest request) {
        AccountState account = request.account();
        Integer versionNumber = request.intParam("versionNumber");
        Ref ref = Ref.parse(request.path("id"));
        ObjectNode body = Json.object();
        Map<String, ObjectNode> waits = new LinkedHashMap<>();
        JourneyVersion version = account.locked(() -> {
            JourneyVersion selected = account.journeys().get(ref, versionNumber);
            for (JsonNode activity : selected.activities()) {
                String type = activity.path("type").asText("");
                if (type.toUpperCase(Locale.ROOT).startsWith("WAIT")) {
                    ObjectNode wait = Json.object();
                    wait.put("activityId", activity.path("id").asText());
                    wait.put("activityKey", activity.path("key").asText(""));
                    wait.put("activityName", activity.path("name").asText(""));
                    wait.put("activityType", type);
                    wait.put("count", 0L);
                    waits.put(activity.path("id").asText(), wait);
                }
            }
            return selected;
        });
        long[] total = new long[1];
        if (!waits.isEmpty()) {
            HistoryQuery query = new HistoryQuery(account.accountId(), Set.of(version.definitionId()), null,
                    waits.keySet(), null, Set.of("Waiting"), null, null, null, false);
            context.history().scan(query, entry -> {
                ObjectNode wait = waits.get(entry.activityId());
                if (wait != null) {
                    wait.put("count", wait.get("count").asLong() + 1);
                    total[0]++;
                }
            });
        }
        body.put("id", version.journey().id());
        body.put("versionNumber", version.number());
        body.put("definitionId", version.definitionId());
        body.put("totalWaiting", total[0]);
        body.putArray("activities").addAll(waits.values());
        return ApiResponse.json(200, body);
    }

    /** The journey versions and time window goal statistics cover. */
    private record Scope(Journey journey, Set<String> definitionIds, Instant since) {

        static Scope of(Journey journey, JourneyVersion only) {
            Set<String> ids = new HashSet<>();
            if (only != null) {
                ids.add(only.definitionId());
            } else {
                journey.versions().forEach(version -> ids.add(version.definitionId()));
            }
            return new Scope(journey, ids, journey.goalStatisticsClearedAt());
        }

        HistoryQuery query(String accountId) {
            return new HistoryQuery(accountId, definitionIds, null, null, null, null, null, since, null, false);
        }
    }
}

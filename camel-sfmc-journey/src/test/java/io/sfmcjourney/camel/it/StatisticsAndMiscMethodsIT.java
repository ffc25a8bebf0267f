package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.EVENT_DEFINITION_ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Statistics (goal, wait, trigger), the journey map, trigger tests and the trace event search. */
class StatisticsAndMiscMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void goalStatisticsReadAndClear() {
        String id = (String) createPublishableJourney("goals", "ev-goals").get("id");

        Map<String, Object> statistics = okMap(SfmcJourneyMethod.getGoalStatistics, null, ID, id);
        RecordedRequest get = onlyRequest(SfmcJourneyMethod.getGoalStatistics);
        assertThat(get.verb()).isEqualTo("GET");
        assertThat(get.rawPath()).isEqualTo("/interaction/v1/goalstatistics/" + id);
        assertThat(statistics).containsEntry("id", id).containsKey("metGoal");

        Exchange cleared = ok(SfmcJourneyMethod.postGoalStatistics, null, ID, id);
        RecordedRequest clear = onlyRequest(SfmcJourneyMethod.postGoalStatistics);
        assertThat(clear.verb()).isEqualTo("POST");
        assertThat(clear.rawPath()).isEqualTo("/interaction/v1/goalstatistics/clear/" + id);
        assertThat(clear.body()).isEqualTo("{}");
        assertThat(asMap(cleared.getMessage().getBody())).containsEntry("cumulativePopulation", 0);
    }

    @Test
    void waitStatisticsListTheWaitActivities() {
        String id = (String) createPublishableJourney("waits", "ev-waits").get("id");

        Exchange exchange = callUri("sfmc-journey:getWaitStatistics?versionNumber=1", null, ID, id);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getWaitStatistics);
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/waitstatistics/" + id);
        assertThat(request.query()).containsEntry("versionNumber", List.of("1"));
        assertThat(exchange.getException()).isNull();
        assertThat(asMap(exchange.getMessage().getBody()).toString()).contains("WAIT-1");
    }

    @Test
    void triggerStatisticsCountEntryAttempts() {
        String eventDefinitionId = (String) createEventDefinition("ev-stats").get("id");
        ok(SfmcJourneyMethod.postInteractionsEvents, new EntryEvent("s-1", "ev-stats", Map.of()));

        Map<String, Object> statistics = okMap(SfmcJourneyMethod.getTriggerStatistics, null,
                EVENT_DEFINITION_ID, eventDefinitionId);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getTriggerStatistics);
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/triggerstats/" + eventDefinitionId);
        assertThat(asList(statistics.get("statuses")))
                .filteredOn(status -> "MetCriteria".equals(status.get("eventType")))
                .singleElement().satisfies(status -> assertThat(status).containsEntry("count", 1));
    }

    @Test
    void journeyMapIsSavedAndRead() throws Exception {
        Map<String, Object> map = Map.of("nodes", List.of(Map.of("id", "n-1", "label", "Welcome")));

        Map<String, Object> saved = okMap(SfmcJourneyMethod.createUpdateJourneyMap, map);
        RecordedRequest post = onlyRequest(SfmcJourneyMethod.createUpdateJourneyMap);
        assertThat(post.verb()).isEqualTo("POST");
        assertThat(post.rawPath()).isEqualTo("/interaction/v1/map");
        assertThat(JSON.readTree(post.body())).isEqualTo(JSON.valueToTree(map));
        assertThat(saved).isEqualTo(map);

        Map<String, Object> read = okMap(SfmcJourneyMethod.getJourneyMap, null);
        RecordedRequest get = onlyRequest(SfmcJourneyMethod.getJourneyMap);
        assertThat(get.verb()).isEqualTo("GET");
        assertThat(get.rawPath()).isEqualTo("/interaction/v1/map");
        assertThat(read).isEqualTo(map);
    }

    @Test
    void triggerTestsAreCreatedUpdatedAndDeleted() {
        String eventDefinitionId = (String) createEventDefinition("ev-tt").get("id");
        String path = "/interaction/v1/interactions/triggerTest/" + eventDefinitionId;

        ok(SfmcJourneyMethod.createTriggerTest, Map.of("contactKey", "t-1"), EVENT_DEFINITION_ID, eventDefinitionId);
        RecordedRequest create = onlyRequest(SfmcJourneyMethod.createTriggerTest);
        assertThat(create.verb()).isEqualTo("POST");
        assertThat(create.rawPath()).isEqualTo(path);
        assertThat(create.body()).isEqualTo("{\"contactKey\":\"t-1\"}");

        Exchange update = callUri("sfmc-journey:updateTriggerTest?eventDefinitionId=" + eventDefinitionId, null);
        assertThat(update.getException()).isNull();
        RecordedRequest put = onlyRequest(SfmcJourneyMethod.updateTriggerTest);
        assertThat(put.verb()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo(path);
        assertThat(put.body()).isEqualTo("{}");

        ok(SfmcJourneyMethod.deleteTriggerTest, null, EVENT_DEFINITION_ID, eventDefinitionId);
        RecordedRequest delete = onlyRequest(SfmcJourneyMethod.deleteTriggerTest);
        assertThat(delete.verb()).isEqualTo("DELETE");
        assertThat(delete.rawPath()).isEqualTo(path);
        assertThat(delete.body()).isEmpty();
    }

    @Test
    void traceEventSearchSendsTheElasticsearchStyleQuery() throws Exception {
        String id = (String) createPublishableJourney("trace", "ev-trace").get("definitionId");
        createEventDefinition("ev-trace");
        ok(SfmcJourneyMethod.publishInteractionById, null, ID, id, "CamelSfmcJourneyVersionNumber", 1);
        ok(SfmcJourneyMethod.postInteractionsEvents, new EntryEvent("tr-1", "ev-trace", Map.of()));
        Map<String, Object> query = Map.of("query", Map.of("query_string",
                Map.of("query", "(definitionId:" + id + ") AND (contactKey:tr-1)")));

        Map<String, Object> answer = okMap(SfmcJourneyMethod.searchTraceEvents, query);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.searchTraceEvents);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/traceevents/search");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.valueToTree(query));
        assertThat(asList(answer.get("items"))).isNotEmpty()
                .allSatisfy(item -> assertThat(item).containsEntry("contactKey", "tr-1"));
    }
}

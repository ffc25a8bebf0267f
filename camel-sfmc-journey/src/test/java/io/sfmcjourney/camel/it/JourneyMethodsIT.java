package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static io.sfmcjourney.camel.SfmcJourneyConstants.QUERY_PARAMETERS;
import static io.sfmcjourney.camel.SfmcJourneyConstants.VERSION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.Journey;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Journeys: discovery, create, read (id, key, collection), update (three addressings, 304) and delete. */
class JourneyMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void discoveryListsTheMethods() {
        Map<String, Object> answer = okMap(SfmcJourneyMethod.discovery, "leftover body is ignored");

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.discovery);
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/rest");
        assertThat(request.body()).isEmpty();
        assertThat(request.headers()).containsEntry("user-agent", SfmcJourneyComponent.DEFAULT_USER_AGENT);
        assertThat(asMap(answer.get("methods"))).hasSize(34).containsKey("postInteractionsEvents");
    }

    @Test
    void postInteractionSendsTheBodyAndAnswersTheDraft() throws Exception {
        Map<String, Object> journey = createJourney("welcome");

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.postInteraction);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.headers().get("content-type")).startsWith("application/json");
        assertThat(JSON.readTree(request.body()).path("key").asText()).isEqualTo("welcome");
        assertThat(journey).containsEntry("key", "welcome").containsEntry("status", "Draft").containsEntry("version", 1);
        assertThat(journey.get("id")).isEqualTo(journey.get("definitionId"));
    }

    @Test
    void getInteractionByIdSendsVersionAndExtras() {
        String id = (String) createPublishableJourney("read-me", "ev-read-me").get("id");

        Exchange exchange = callUri("sfmc-journey:getInteraction?extras=activities", null, ID, id, VERSION_NUMBER, 1);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getInteraction);
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/" + id);
        assertThat(request.query()).containsEntry("versionNumber", List.of("1")).containsEntry("extras",
                List.of("activities"));
        assertThat(status(exchange)).isEqualTo(200);
        assertThat(asMap(exchange.getMessage().getBody())).containsEntry("id", id).containsKey("activities");
    }

    @Test
    void getInteractionByKeyKeepsAHostileKeyInOneSegment() {
        String key = "promo/2024 spring?x#y";
        createJourney(key);

        Map<String, Object> journey = okMap(SfmcJourneyMethod.getInteractionByKey, null, KEY, key);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getInteractionByKey);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/key:promo%2F2024%20spring%3Fx%23y");
        assertThat(request.rawQuery()).isNull();
        assertThat(journey).containsEntry("key", key);
    }

    @Test
    void collectionSendsPagingAndFiltersUnderSfmcNames() {
        createJourney("c-1");
        createJourney("c-2");
        createJourney("c-3");
        Map<String, Object> extra = new HashMap<>();
        extra.put("$orderBy", "Name ASC");

        Exchange exchange = callUri("sfmc-journey:getInteractionCollection?page=1&pageSize=2&status=Draft"
                                    + "&mostRecentVersionOnly=true&versionNumber=1",
                null, QUERY_PARAMETERS, extra);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getInteractionCollection);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions");
        assertThat(request.query()).containsEntry("$page", List.of("1")).containsEntry("$pageSize", List.of("2"))
                .containsEntry("status", List.of("Draft")).containsEntry("mostRecentVersionOnly", List.of("true"))
                .containsEntry("$orderBy", List.of("Name ASC")).containsEntry("versionNumber", List.of("1"));
        Map<String, Object> page = asMap(exchange.getMessage().getBody());
        assertThat(page.get("count")).isEqualTo(3);
        assertThat(asList(page.get("items"))).hasSize(2);
    }

    @Test
    void updatesByBodyByIdAndByKeyAndAnUnchangedUpdateIsNotAnError() throws Exception {
        Map<String, Object> created = createJourney("upd");
        String id = (String) created.get("id");
        Map<String, Object> change = new HashMap<>(created);
        change.put("name", "Renamed once");

        Map<String, Object> byId = okMap(SfmcJourneyMethod.updateInteractionById, change, ID, id);
        assertThat(byId).containsEntry("name", "Renamed once");
        RecordedRequest put = onlyRequest(SfmcJourneyMethod.updateInteractionById);
        assertThat(put.verb()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/interaction/v1/interactions/" + id);
        assertThat(JSON.readTree(put.body()).path("name").asText()).isEqualTo("Renamed once");

        change.put("name", "Renamed twice");
        change.put("modifiedDate", byId.get("modifiedDate"));
        Map<String, Object> byKey = okMap(SfmcJourneyMethod.updateInteractionByKey, JSON.writeValueAsString(change),
                KEY, "upd");
        assertThat(byKey).containsEntry("name", "Renamed twice");
        assertThat(onlyRequest(SfmcJourneyMethod.updateInteractionByKey).rawPath())
                .isEqualTo("/interaction/v1/interactions/key:upd");

        change.put("name", "Renamed thrice");
        change.put("modifiedDate", byKey.get("modifiedDate"));
        Map<String, Object> byBody = okMap(SfmcJourneyMethod.updateInteraction, JSON.valueToTree(change));
        assertThat(byBody).containsEntry("name", "Renamed thrice");
        assertThat(onlyRequest(SfmcJourneyMethod.updateInteraction).rawPath()).isEqualTo("/interaction/v1/interactions");

        Exchange unchanged = ok(SfmcJourneyMethod.updateInteractionById, byBody, ID, id);
        assertThat(status(unchanged)).isEqualTo(304);
        assertThat(unchanged.getMessage().getBody()).isNull();
    }

    @Test
    void outputClassAndRawJsonShapeTheAnswer() throws Exception {
        String id = (String) createJourney("typed").get("id");

        Object typed = callUri("sfmc-journey:getInteraction?outputClass=io.sfmcjourney.camel.model.Journey", null,
                ID, id).getMessage().getBody();
        assertThat(typed).isInstanceOfSatisfying(Journey.class, j -> {
            assertThat(j.getId()).isEqualTo(id);
            assertThat(j.getKey()).isEqualTo("typed");
        });

        Object raw = callUri("sfmc-journey:getInteraction?rawJson=true", null, ID, id).getMessage().getBody();
        assertThat(raw).isInstanceOf(String.class);
        JsonNode tree = JSON.readTree((String) raw);
        assertThat(tree.path("id").asText()).isEqualTo(id);
    }

    @Test
    void deletesByIdWithVersionAndByKey() {
        String id = (String) createJourney("del-id").get("id");
        createJourney("del-key");

        Exchange byId = ok(SfmcJourneyMethod.deleteInteraction, null, ID, id, VERSION_NUMBER, "1");
        assertThat(status(byId)).isEqualTo(200);
        RecordedRequest request = onlyRequest(SfmcJourneyMethod.deleteInteraction);
        assertThat(request.verb()).isEqualTo("DELETE");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/" + id);
        assertThat(request.query()).containsEntry("versionNumber", List.of("1"));

        ok(SfmcJourneyMethod.deleteInteractionByKey, null, KEY, "del-key");
        assertThat(onlyRequest(SfmcJourneyMethod.deleteInteractionByKey).rawPath())
                .isEqualTo("/interaction/v1/interactions/key:del-key");

        Exchange gone = call(SfmcJourneyMethod.getInteractionByKey, null, KEY, "del-key");
        assertThat(gone.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }
}

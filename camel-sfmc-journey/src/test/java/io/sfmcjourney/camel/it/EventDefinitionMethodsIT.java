package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Entry event definitions: create, read (id, key, collection), update and delete. */
class EventDefinitionMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createAndReadByIdAndByKey() throws Exception {
        Map<String, Object> created = createEventDefinition("ev-signup");
        String id = (String) created.get("id");

        RecordedRequest post = onlyRequest(SfmcJourneyMethod.postEventDefinition);
        assertThat(post.verb()).isEqualTo("POST");
        assertThat(post.rawPath()).isEqualTo("/interaction/v1/eventDefinitions");
        assertThat(JSON.readTree(post.body()).path("eventDefinitionKey").asText()).isEqualTo("ev-signup");
        assertThat(created).containsEntry("eventDefinitionKey", "ev-signup").containsEntry("type", "APIEvent");

        Map<String, Object> byId = okMap(SfmcJourneyMethod.getEventDefinitionById, null, ID, id);
        RecordedRequest getById = onlyRequest(SfmcJourneyMethod.getEventDefinitionById);
        assertThat(getById.verb()).isEqualTo("GET");
        assertThat(getById.rawPath()).isEqualTo("/interaction/v1/eventDefinitions/" + id);
        assertThat(byId).containsEntry("id", id);

        Map<String, Object> byKey = okMap(SfmcJourneyMethod.getEventDefinitionByKey, null, KEY, "ev-signup");
        assertThat(onlyRequest(SfmcJourneyMethod.getEventDefinitionByKey).rawPath())
                .isEqualTo("/interaction/v1/eventDefinitions/key:ev-signup");
        assertThat(byKey).containsEntry("id", id);
    }

    @Test
    void collectionPagesAndFiltersByName() {
        createEventDefinition("ev-a");
        createEventDefinition("ev-b");
        createEventDefinition("other");

        Exchange exchange = callUri("sfmc-journey:getEventDefinitionCollection?page=1&pageSize=1&name=Event%20ev",
                null);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getEventDefinitionCollection);
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/eventDefinitions");
        assertThat(request.query()).containsEntry("$page", List.of("1")).containsEntry("$pageSize", List.of("1"))
                .containsEntry("name", List.of("Event ev"));
        Map<String, Object> page = asMap(exchange.getMessage().getBody());
        assertThat(page.get("count")).isEqualTo(2);
        assertThat(asList(page.get("items"))).hasSize(1);
    }

    @Test
    void updateByIdAndByKey() throws Exception {
        String id = (String) createEventDefinition("ev-upd").get("id");

        Map<String, Object> byId = okMap(SfmcJourneyMethod.updateEventDefinitionById,
                "{\"name\":\"Renamed by id\"}", ID, id);
        RecordedRequest put = onlyRequest(SfmcJourneyMethod.updateEventDefinitionById);
        assertThat(put.verb()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/interaction/v1/eventDefinitions/" + id);
        assertThat(put.body()).isEqualTo("{\"name\":\"Renamed by id\"}");
        assertThat(byId).containsEntry("name", "Renamed by id");

        Map<String, Object> byKey = okMap(SfmcJourneyMethod.updateEventDefinitionByKey,
                Map.of("name", "Renamed by key"), KEY, "ev-upd");
        assertThat(onlyRequest(SfmcJourneyMethod.updateEventDefinitionByKey).rawPath())
                .isEqualTo("/interaction/v1/eventDefinitions/key:ev-upd");
        assertThat(byKey).containsEntry("name", "Renamed by key");
    }

    @Test
    void deleteByIdAndByKey() {
        String id = (String) createEventDefinition("ev-del-id").get("id");
        createEventDefinition("ev-del-key");

        Exchange byId = ok(SfmcJourneyMethod.deleteEventDefinitionById, null, ID, id);
        assertThat(byId.getMessage().getBody()).isNull();
        RecordedRequest delete = onlyRequest(SfmcJourneyMethod.deleteEventDefinitionById);
        assertThat(delete.verb()).isEqualTo("DELETE");
        assertThat(delete.rawPath()).isEqualTo("/interaction/v1/eventDefinitions/" + id);

        ok(SfmcJourneyMethod.deleteEventDefinitionByKey, null, KEY, "ev-del-key");
        assertThat(onlyRequest(SfmcJourneyMethod.deleteEventDefinitionByKey).rawPath())
                .isEqualTo("/interaction/v1/eventDefinitions/key:ev-del-key");

        Exchange gone = call(SfmcJourneyMethod.getEventDefinitionByKey, null, KEY, "ev-del-key");
        assertThat(gone.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(400));
    }
}

package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventDefinitionTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { });

    private SimClient client;

    @BeforeEach
    void login() {
        client = new SimClient(extension.simulator()).login();
    }

    @Test
    void createAnswersTheCreateShapeAndGetTheStoredShape() {
        SimClient.Answer created = client.post("eventDefinitions", "{\"type\":\"APIEvent\",\"name\":\"Signup\","
                + "\"eventDefinitionKey\":\"signup\",\"schema\":{\"fields\":[{\"name\":\"Email\",\"dataType\":\"EmailAddress\"}]}}");

        assertThat(created.status()).isEqualTo(200);
        JsonNode body = created.json();
        assertThat(body.get("createdDate").asText()).isEqualTo("0001-01-01T00:00:00");
        assertThat(body.get("modifiedDate").asText()).isEqualTo("0001-01-01T00:00:00");
        assertThat(body.get("createdBy").asInt()).isZero();
        assertThat(body.get("arguments").get("serializedObjectType").asText()).isEqualTo("ApiEvent");
        assertThat(body.get("filterDefinitionId").asText()).isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(body.get("automationId").asText()).isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(body.get("sourceApplicationExtensionId").asText()).isEqualTo("7db1f972-f8b7-49b6-91b5-fa218e13953d");
        assertThat(body.get("dataExtensionName").asText()).matches("Signup - \\d{4}-\\d\\d-\\d\\dT\\d{9}");
        assertThat(body.get("schema").get("id").asText()).isEqualTo(body.get("dataExtensionId").asText());
        assertThat(body.get("interactionCount").asInt()).isZero();

        JsonNode read = client.get("eventDefinitions/key:signup").json();
        assertThat(read.get("id").asText()).isEqualTo(body.get("id").asText());
        assertThat(read.get("createdDate").asText()).isNotEqualTo("0001-01-01T00:00:00");
        assertThat(read.get("createdBy").asLong()).isPositive();
        assertThat(read.get("arguments").get("serializedObjectType").isNumber()).isTrue();
        assertThat(read.get("arguments").get("serializedObjectType").asInt()).isEqualTo(11);
        assertThat(client.get("eventDefinitions/" + body.get("id").asText()).status()).isEqualTo(200);
    }

    @Test
    void unknownDefinitionsAre400() {
        SimClient.Answer byKey = client.get("eventDefinitions/key:nope");
        SimClient.Answer deleted = client.delete("eventDefinitions/key:nope");

        assertThat(byKey.status()).isEqualTo(400);
        assertThat(deleted.status()).isEqualTo(400);
        assertThat(deleted.json().get("errorcode").asInt()).isEqualTo(30000);
    }

    @Test
    void deleteAnswers200WithoutBody() {
        String id = client.createEventDefinition("to-delete", "A");

        SimClient.Answer answer = client.delete("eventDefinitions/" + id);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(client.get("eventDefinitions/key:to-delete").status()).isEqualTo(400);
    }

    @Test
    void keysAreUniqueShortAndWithoutPeriods() {
        client.createEventDefinition("unique-key", "A");

        SimClient.Answer duplicate = client.post("eventDefinitions", SimClient.json("type", "APIEvent", "name", "n",
                "eventDefinitionKey", "UNIQUE-key", "dataExtensionId", "de"));
        SimClient.Answer period = client.post("eventDefinitions", SimClient.json("type", "APIEvent", "name", "n",
                "eventDefinitionKey", "has.period", "dataExtensionId", "de"));
        SimClient.Answer tooLong = client.post("eventDefinitions", SimClient.json("type", "APIEvent", "name", "n",
                "eventDefinitionKey", "k".repeat(201), "dataExtensionId", "de"));
        SimClient.Answer noDataExtension = client.post("eventDefinitions", SimClient.json("type", "APIEvent",
                "name", "n", "eventDefinitionKey", "no-de"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errorcode").asInt()).isEqualTo(30004);
        assertThat(period.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(noDataExtension.status()).isEqualTo(400);
        assertThat(noDataExtension.json().get("errorcode").asInt()).isEqualTo(10002);
    }

    @Test
    void putChangesOnlyUpdatableFields() {
        String id = client.createEventDefinition("updatable", "A");

        SimClient.Answer answer = client.put("eventDefinitions/key:updatable", SimClient.json("name", "Renamed",
                "description", "now described", "type", "EmailAudience", "id", "other-id", "createdBy", 5));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("createdDate").asText()).isEqualTo("0001-01-01T00:00:00");
        JsonNode read = client.get("eventDefinitions/" + id).json();
        assertThat(read.get("name").asText()).isEqualTo("Renamed");
        assertThat(read.get("description").asText()).isEqualTo("now described");
        assertThat(read.get("type").asText()).isEqualTo("APIEvent");
        assertThat(read.get("id").asText()).isEqualTo(id);
        assertThat(read.get("createdBy").asLong()).isNotEqualTo(5);
    }

    @Test
    void putCanRenameTheKey() {
        String id = client.createEventDefinition("old-key", "A");

        client.put("eventDefinitions/" + id, SimClient.json("eventDefinitionKey", "new-key"));

        assertThat(client.get("eventDefinitions/key:new-key").json().get("id").asText()).isEqualTo(id);
        assertThat(client.get("eventDefinitions/key:old-key").status()).isEqualTo(400);
    }

    @Test
    void collectionPagesOnlyWithPageAndFiltersByName() {
        for (int i = 0; i < 60; i++) {
            client.createEventDefinition("paged-" + i, "A");
        }

        JsonNode ignoredSize = client.get("eventDefinitions?$pageSize=5").json();
        JsonNode sized = client.get("eventDefinitions?$page=2&$pageSize=5").json();
        JsonNode clamped = client.get("eventDefinitions?$page=1&$pageSize=500").json();
        JsonNode named = client.get("eventDefinitions?name=PAGED-1").json();

        assertThat(ignoredSize.get("count").asInt()).isEqualTo(60);
        assertThat(ignoredSize.get("pageSize").asInt()).isEqualTo(50);
        assertThat(ignoredSize.get("items")).hasSize(50);
        assertThat(ignoredSize.get("links").isObject()).isTrue();
        assertThat(sized.get("page").asInt()).isEqualTo(2);
        assertThat(sized.get("items")).hasSize(5);
        assertThat(sized.get("items").get(0).get("eventDefinitionKey").asText()).isEqualTo("paged-5");
        assertThat(clamped.get("items")).hasSize(50);
        assertThat(named.get("count").asInt()).isEqualTo(11);
    }
}

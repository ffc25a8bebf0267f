package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JourneyUpdateTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private SimClient client;

    @BeforeEach
    void login() {
        client = new SimClient(extension.simulator()).login();
    }

    @Test
    void updateWithCurrentModifiedDateChangesTheDraftAndBumpsModifiedDate() throws Exception {
        JsonNode created = client.createJourney("upd", null);
        ObjectNode change = update(created, "renamed");

        SimClient.Answer answer = client.put("interactions/key:upd", change.toString());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("name").asText()).isEqualTo("renamed");
        assertThat(answer.json().get("modifiedDate").asText()).isNotEqualTo(created.get("modifiedDate").asText());
        assertThat(answer.json().get("createdDate").asText()).isEqualTo(created.get("createdDate").asText());
        assertThat(client.get("interactions/key:upd").json().get("name").asText()).isEqualTo("renamed");
    }

    @Test
    void staleModifiedDateIsRejected() {
        JsonNode created = client.createJourney("stale", null);
        client.put("interactions", update(created, "first").toString());

        SimClient.Answer stale = client.put("interactions/" + created.get("id").asText(),
                update(created, "second").toString());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asText())
                .isEqualTo("Another user recently modified this journey. Refresh to edit the latest version.");
        assertThat(client.get("interactions/key:stale").json().get("name").asText()).isEqualTo("first");
    }

    @Test
    void identicalPayloadAnswers304() {
        JsonNode created = client.createJourney("same", null);
        ObjectNode same = update(created, created.get("name").asText());

        SimClient.Answer answer = client.put("interactions/key:same", same.toString());

        assertThat(answer.status()).isEqualTo(304);
        assertThat(client.get("interactions/key:same").json().get("modifiedDate").asText())
                .isEqualTo(created.get("modifiedDate").asText());
    }

    @Test
    void onlyDraftsCanBeUpdated() {
        client.createEventDefinition("upd-event", "Name");
        JsonNode created = client.createJourney("running", "upd-event");
        client.post("interactions/publishAsync/key:running?versionNumber=1", null);

        SimClient.Answer answer = client.put("interactions/key:running", update(created, "x").toString());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("errorcode").asInt()).isEqualTo(409);
        assertThat(answer.json().get("message").asText()).startsWith("Conflict, this change would cause");
    }

    @Test
    void unknownJourneyOrVersionIs404AndMissingVersionIs400() {
        JsonNode created = client.createJourney("upd-missing", null);
        ObjectNode wrongVersion = update(created, "x");
        wrongVersion.put("version", 9);
        ObjectNode noVersion = update(created, "x");
        noVersion.remove("version");

        SimClient.Answer unknown = client.put("interactions/key:nobody", update(created, "x").toString());
        SimClient.Answer version = client.put("interactions/key:upd-missing", wrongVersion.toString());
        SimClient.Answer missing = client.put("interactions/key:upd-missing", noVersion.toString());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("Interaction not found.");
        assertThat(unknown.json().get("errorcode").asInt()).isEqualTo(30003);
        assertThat(version.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void modifiedDateCanBeMadeMandatory() {
        extension.simulator().quirks().putRequiresModifiedDate(true);
        try {
            JsonNode created = client.createJourney("strict", null);
            ObjectNode change = update(created, "x");
            change.remove("modifiedDate");

            assertThat(client.put("interactions/key:strict", change.toString()).status()).isEqualTo(409);
        } finally {
            extension.simulator().quirks().putRequiresModifiedDate(false);
        }
    }

    private static ObjectNode update(JsonNode current, String name) {
        ObjectNode body = SimClient.JSON.createObjectNode();
        body.put("id", current.get("id").asText());
        body.put("key", current.get("key").asText());
        body.put("name", name);
        body.put("version", current.get("version").asInt());
        body.put("workflowApiVersion", 1.0);
        body.put("modifiedDate", current.get("modifiedDate").asText());
        return body;
    }
}

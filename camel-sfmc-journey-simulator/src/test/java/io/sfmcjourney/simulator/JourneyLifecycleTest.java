package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JourneyLifecycleTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ofMillis(200)));

    private SimClient client;

    @BeforeEach
    void login() {
        client = new SimClient(extension.simulator()).login();
    }

    @Test
    void createAnswersTheFullDraftWithDefaults() {
        SimClient.Answer answer = client.post("interactions",
                "{\"key\":\"ixn-created-via-the-api\",\"name\":\"API-Created journey\",\"workflowApiVersion\":1}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode journey = answer.json();
        assertThat(journey.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(journey.get("definitionId").asText()).isEqualTo(journey.get("id").asText());
        assertThat(journey.get("version").asInt()).isEqualTo(1);
        assertThat(journey.get("status").asText()).isEqualTo("Draft");
        assertThat(journey.get("lastPublishedDate").asText()).isEqualTo("0001-01-01T00:00:00");
        assertThat(journey.get("createdDate").asText()).isEqualTo(journey.get("modifiedDate").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?").doesNotEndWith("0");
        assertThat(journey.get("entryMode").asText()).isEqualTo("NotSet");
        assertThat(journey.get("executionMode").asText()).isEqualTo("Production");
        assertThat(journey.get("defaults").toString()).isEqualTo("{\"properties\":{}}");
        assertThat(journey.get("metaData").isObject()).isTrue();
        assertThat(journey.get("triggers").isArray()).isTrue();
        assertThat(journey.get("goals").isArray()).isTrue();
        assertThat(journey.get("exits").isArray()).isTrue();
        assertThat(journey.get("categoryId").isNumber()).isTrue();
    }

    @Test
    void createValidatesRequiredFields() {
        SimClient.Answer missingKey = client.post("interactions", SimClient.json("name", "n", "workflowApiVersion", 1));
        SimClient.Answer longKey = client.post("interactions",
                SimClient.json("key", "k".repeat(201), "name", "n", "workflowApiVersion", 1));
        SimClient.Answer broken = client.post("interactions", "{\"key\":");

        assertThat(missingKey.status()).isEqualTo(400);
        assertThat(missingKey.json().get("errorcode").asInt()).isEqualTo(10002);
        assertThat(longKey.status()).isEqualTo(400);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errorcode").asInt()).isEqualTo(10004);
        assertThat(broken.json().get("message").asText()).isEqualTo("Please validate that your request is properly formed.");
    }

    @Test
    void postingTheKeyOfADraftIsAConflictByDefault() {
        client.createJourney("draft-twice", null);

        SimClient.Answer again = client.post("interactions",
                SimClient.json("key", "draft-twice", "name", "x", "workflowApiVersion", 1));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errorcode").asInt()).isEqualTo(30004);
    }

    @Test
    void existingDraftQuirkCanUpdateTheDraftInstead() {
        extension.simulator().quirks().postExistingDraftKey(Quirks.ExistingDraftKey.UPDATE_DRAFT);
        try {
            client.createJourney("draft-updated", null);
            SimClient.Answer again = client.post("interactions",
                    SimClient.json("key", "draft-updated", "name", "renamed", "workflowApiVersion", 1));

            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("version").asInt()).isEqualTo(1);
            assertThat(again.json().get("name").asText()).isEqualTo("renamed");
        } finally {
            extension.simulator().quirks().postExistingDraftKey(Quirks.ExistingDraftKey.CONFLICT_30004);
        }
    }

    @Test
    void publishRunsAsynchronouslyToPublishCompleted() {
        client.createEventDefinition("pub-event", "Name");
        JsonNode journey = client.createJourney("pub", "pub-event");
        String id = journey.get("id").asText();

        SimClient.Answer accepted = client.post("interactions/publishAsync/" + id + "?versionNumber=1", "{}");

        assertThat(accepted.status()).isEqualTo(200);
        String statusId = accepted.json().get("statusId").asText();
        assertThat(accepted.json().get("statusUrl").asText())
                .isEqualTo("/interaction/v1/interactions/publishStatus/" + statusId);
        JsonNode inProcess = client.get("interactions/publishStatus/" + statusId).json();
        assertThat(inProcess.get("status").asText()).isEqualTo("PublishInProcess");
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Draft");

        JsonNode done = awaitStatus("interactions/publishStatus/" + statusId, "PublishCompleted");
        assertThat(done.get("statusId").asText()).isEqualTo(statusId);
        assertThat(done.get("errors").isEmpty()).isTrue();
        assertThat(done.get("warnings").isArray()).isTrue();
        JsonNode published = client.get("interactions/" + id).json();
        assertThat(published.get("status").asText()).isEqualTo("Published");
        assertThat(published.get("lastPublishedDate").asText()).isNotEqualTo("0001-01-01T00:00:00");
    }

    @Test
    void publishWithoutTriggerEndsInErrorAndStaysDraft() {
        JsonNode journey = client.createJourney("no-trigger", null);
        String id = journey.get("id").asText();

        String statusId = client.post("interactions/publishAsync/key:no-trigger?versionNumber=1", null)
                .json().get("statusId").asText();
        JsonNode status = awaitStatus("interactions/publishStatus/" + statusId, "Error");

        JsonNode error = status.get("errors").get(0);
        assertThat(error.get("errorCode").isTextual()).isTrue();
        assertThat(error.get("errorCode").asText()).startsWith("121");
        assertThat(error.get("errorType").asText()).isEqualTo("Error");
        assertThat(error.get("errorDetail").asText()).isNotBlank();
        assertThat(error.get("additionalInfo").isObject()).isTrue();
        assertThat(status.get("warnings").get(0).get("errorType").asText()).isEqualTo("Warning");
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Draft");
    }

    @Test
    void publishNeedsAVersionNumberAndAnExistingJourney() {
        client.createJourney("needs-version", null);

        assertThat(client.post("interactions/publishAsync/key:needs-version", null).status()).isEqualTo(400);
        assertThat(client.post("interactions/publishAsync/key:nobody?versionNumber=1", null).status()).isEqualTo(404);
    }

    @Test
    void newVersionsShareTheIdAndPublishingThemRetiresTheRunningOne() {
        client.createEventDefinition("versions-event", "Name");
        JsonNode v1 = client.createJourney("versions", "versions-event");
        String id = v1.get("id").asText();
        publishAndWait("versions", 1);

        JsonNode v2 = client.createJourney("versions", "versions-event");
        assertThat(v2.get("id").asText()).isEqualTo(id);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("status").asText()).isEqualTo("Draft");
        assertThat(v2.get("definitionId").asText()).isNotEqualTo(id);

        publishAndWait("versions", 2);
        assertThat(client.get("interactions/" + id + "?versionNumber=2").json().get("status").asText())
                .isEqualTo("Published");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                client.get("interactions/" + id + "?versionNumber=1").json().get("status").asText().equals("Stopped"));
        assertThat(client.get("interactions/key:versions").json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void publishingANonDraftIsAStateError() {
        client.createEventDefinition("twice-event", "Name");
        client.createJourney("twice", "twice-event");
        publishAndWait("twice", 1);

        SimClient.Answer again = client.post("interactions/publishAsync/key:twice?versionNumber=1", null);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errorcode").asInt()).isEqualTo(30000);
        assertThat(again.json().get("message").asText()).isEqualTo("Cannot publish interaction in Published status.");

        extension.simulator().quirks().publishStateErrorStatus(Quirks.StateError.CONFLICT_30002);
        try {
            SimClient.Answer conflict = client.post("interactions/publishAsync/key:twice?versionNumber=1", null);
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.json().get("errorcode").asInt()).isEqualTo(30002);
        } finally {
            extension.simulator().quirks().publishStateErrorStatus(Quirks.StateError.BAD_REQUEST_30000);
        }
    }

    @Test
    void stopMovesRunningVersionsToStopped() {
        client.createEventDefinition("stop-event", "Name");
        String id = client.createJourney("stopme", "stop-event").get("id").asText();
        publishAndWait("stopme", 1);

        SimClient.Answer stop = client.post("interactions/stop/" + id + "?versionNumber=1", null);
        assertThat(stop.status()).isEqualTo(200);
        assertThat(stop.body()).isEmpty();
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Stopped");

        SimClient.Answer republish = client.post("interactions/publishAsync/" + id + "?versionNumber=1", null);
        assertThat(republish.json().get("message").asText()).isEqualTo("Cannot publish interaction in Stopped status.");
        assertThat(client.post("interactions/stop/key:stopme?versionNumber=1", null).status()).isEqualTo(400);
        JsonNode audit = client.get("interactions/" + id + "/audit/stop").json();
        assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("Stop");
        assertThat(audit.get("items").get(0).get("versionNumber").asInt()).isEqualTo(1);
        JsonNode all = client.get("interactions/key:stopme/audit/all").json();
        assertThat(all.get("count").asInt()).isEqualTo(3);
        java.util.List<String> actions = new java.util.ArrayList<>();
        all.get("items").forEach(item -> actions.add(item.get("action").asText()));
        assertThat(actions).containsExactly("Stop", "Publish", "Create");
        assertThat(all.get("items").get(1).get("publishStatus").asText()).isEqualTo("PublishCompleted");
    }

    @Test
    void pauseAndResumeToggleAPublishedVersion() {
        client.createEventDefinition("pause-event", "Name");
        String id = client.createJourney("pauseme", "pause-event").get("id").asText();
        publishAndWait("pauseme", 1);

        SimClient.Answer missing = client.post("interactions/pause/" + id, null);
        assertThat(missing.status()).isEqualTo(202);
        assertThat(missing.json().get("errorcode").asInt()).isEqualTo(10005);
        assertThat(missing.json().get("message").asText()).isEqualTo("AllVersions=true or VersionNumber required.");

        SimClient.Answer pause = client.post("interactions/pause/key:pauseme?versionNumber=1", "{\"PausedDays\":14}");
        assertThat(pause.status()).isEqualTo(202);
        assertThat(pause.json().get("status").asText()).isEqualTo("Accepted");
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Paused");
        assertThat(client.post("interactions/publishAsync/" + id + "?versionNumber=1", null).json()
                .get("message").asText()).isEqualTo("Cannot publish interaction in Paused status.");

        SimClient.Answer resume = client.post("interactions/resume/" + id + "?allVersions=true", null);
        assertThat(resume.status()).isEqualTo(202);
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Published");
    }

    @Test
    void validateChecksWithoutChangingState() {
        String id = client.createJourney("validate-me", null).get("id").asText();

        SimClient.Answer accepted = client.post("interactions/validateAsync/" + id + "?versionNumber=1", null);
        String statusId = accepted.json().get("statusId").asText();
        assertThat(accepted.json().get("statusUrl").asText())
                .isEqualTo("/interaction/v1/interactions/validateStatus/" + statusId);
        JsonNode status = awaitStatus("interactions/validateStatus/" + statusId, "Error");

        assertThat(status.get("errors")).isNotEmpty();
        assertThat(client.get("interactions/" + id).json().get("status").asText()).isEqualTo("Draft");
        assertThat(client.post("interactions/validateAsync/key:validate-me?versionNumber=1", null).status())
                .isEqualTo(200);
    }

    @Test
    void deleteRemovesVersionsAndALatestDeletedVersionIs404() {
        client.createEventDefinition("delete-event", "Name");
        String id = client.createJourney("deleteme", "delete-event").get("id").asText();
        publishAndWait("deleteme", 1);
        client.createJourney("deleteme", "delete-event");

        SimClient.Answer deleteV2 = client.delete("interactions/" + id + "?versionNumber=2");
        assertThat(deleteV2.status()).isEqualTo(200);
        assertThat(deleteV2.body()).isEmpty();
        SimClient.Answer latest = client.get("interactions/" + id);
        assertThat(latest.status()).isEqualTo(404);
        assertThat(latest.json().get("errorcode").asInt()).isEqualTo(30003);
        assertThat(latest.json().get("message").asText()).isEqualTo("Interaction matching criteria not found.");
        assertThat(client.get("interactions/" + id + "?versionNumber=1").status()).isEqualTo(200);

        assertThat(client.delete("interactions/key:deleteme").status()).isEqualTo(200);
        assertThat(client.get("interactions/" + id + "?versionNumber=1").status()).isEqualTo(404);
        assertThat(client.delete("interactions/key:deleteme").status()).isEqualTo(404);
    }

    @Test
    void deleteBodyQuirkAnswersTheId() {
        extension.simulator().quirks().deleteJourneyBody(Quirks.DeleteJourneyBody.ID_TEXT);
        try {
            String id = client.createJourney("delete-text", null).get("id").asText();
            assertThat(client.delete("interactions/" + id).body()).isEqualTo(id);
        } finally {
            extension.simulator().quirks().deleteJourneyBody(Quirks.DeleteJourneyBody.NONE);
        }
    }

    private void publishAndWait(String key, int version) {
        String statusId = client.post("interactions/publishAsync/key:" + key + "?versionNumber=" + version, "{}")
                .json().get("statusId").asText();
        awaitStatus("interactions/publishStatus/" + statusId, "PublishCompleted");
    }

    private JsonNode awaitStatus(String path, String expected) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = client.get(path).json();
            return expected.equals(last[0].get("status").asText());
        });
        return last[0];
    }
}

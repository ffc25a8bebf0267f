package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every entry outcome the simulator plays, read back from the journey history and the batch status. */
class EntryOutcomesTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private SimClient client;
    private SfmcSimulator simulator;

    @BeforeEach
    void login() {
        simulator = extension.simulator();
        client = new SimClient(simulator).login();
        client.createEventDefinition("join", "Email", "Tier");
    }

    @Test
    void reEntryFollowsTheEntryModeOfTheJourney() {
        publish(journey("anytime", "MultipleEntries", true));
        fire("c-1");
        fire("c-1");
        assertThat(triggerStatuses("c-1")).containsExactly("Complete", "Complete");

        simulator.reset();
        client.login().createEventDefinition("join", "Email", "Tier");
        publish(journey("single", "SingleEntryAcrossAllVersions", true));
        fire("c-2");
        fire("c-2");
        assertThat(triggerStatuses("c-2")).containsExactly("Complete", "ContactAlreadyInInteraction");
    }

    @Test
    void onceAndDoneRefusesContactsStillInAndThoseThatLeft() {
        publish(journey("once-wait", "OnceAndDone", true));
        fire("waiting");
        fire("waiting");
        assertThat(triggerStatuses("waiting")).containsExactly("Complete", "ContactAlreadyInInteraction");

        simulator.reset();
        client.login().createEventDefinition("join", "Email", "Tier");
        publish(journey("once-through", "OnceAndDone", false));
        fire("left");
        fire("left");
        assertThat(triggerStatuses("left")).containsExactly("Complete", "ContactPreviouslyInSameInteraction");
    }

    @Test
    void singleEntryLetsAContactBackInOnceItLeft() {
        publish(journey("single-through", "SingleEntryAcrossAllVersions", false));
        fire("c");
        fire("c");
        assertThat(triggerStatuses("c")).containsExactly("Complete", "Complete");
    }

    @Test
    void notSetFollowsTheConfiguredDefault() {
        simulator.entryRules().notSetEntryMode(EntryRules.EntryMode.OnceAndDone);
        publish(journey("not-set", "NotSet", true));
        fire("c");
        fire("c");
        assertThat(triggerStatuses("c")).containsExactly("Complete", "ContactAlreadyInInteraction");
    }

    @Test
    void entryCriteriaRequiredDataAndContactStates() {
        simulator.entryRules().entryCriteria("join", "Tier", "gold").requireData("join", "Email")
                .deleteContact("gone").restrictContact("blocked");
        publish(journey("rules", "MultipleEntries", true));

        assertThat(client.fire("silver", "join", Map.of("Tier", "silver", "Email", "s@x.y")).status()).isEqualTo(201);
        client.fire("gold", "join", Map.of("Tier", "gold", "Email", "g@x.y"));
        client.fire("no-mail", "join", Map.of("Tier", "gold"));
        client.fire("gone", "join", Map.of("Tier", "gold", "Email", "g@x.y"));
        client.fire("blocked", "join", Map.of("Tier", "gold", "Email", "g@x.y"));

        assertThat(triggerStatuses("silver")).containsExactly("DidNotMeetEntryCriteria");
        assertThat(triggerStatuses("gold")).containsExactly("Complete");
        assertThat(triggerStatuses("no-mail")).containsExactly("ErrorValidatingContact");
        assertThat(triggerStatuses("gone")).containsExactly("ContactIsDeleted");
        assertThat(triggerStatuses("blocked")).containsExactly("ContactIsRestricted");
        assertThat(history("silver")).singleElement().satisfies(item -> assertThat(item.get("activityType").asText())
                .isEqualTo("Trigger"));
    }

    @Test
    void aStoppedJourneyAnswersInteractionNotPublishedAndADraftRecordsNothing() {
        journey("draft", "MultipleEntries", true);
        fire("d");
        assertThat(history("d")).isEmpty();

        publish("draft");
        assertThat(client.post("interactions/stop/key:draft?versionNumber=1", null).status()).isEqualTo(200);
        String instance = fire("c");

        assertThat(history("c")).singleElement().satisfies(item -> {
            assertThat(item.get("status").asText()).isEqualTo("InteractionNotPublished");
            assertThat(item.get("eventId").asText()).isEqualTo(instance);
        });
    }

    @Test
    void entriesWaitWhileTheJourneyIsPausedAndEnterOnResume() {
        publish(journey("paused", "MultipleEntries", true));
        assertThat(client.post("interactions/pause/key:paused?versionNumber=1", "{}").status()).isEqualTo(202);
        fire("held");
        assertThat(history("held")).isEmpty();

        assertThat(client.post("interactions/resume/key:paused?versionNumber=1", "{}").status()).isEqualTo(202);
        assertThat(triggerStatuses("held")).containsExactly("Complete");
    }

    @Test
    void historyShowsTheOutcomeAfterTheConfiguredDelay() {
        simulator.entryRules().outcomeDelay(Duration.ofSeconds(3));
        publish(journey("late", "MultipleEntries", true));
        fire("late-contact");

        assertThat(history("late-contact")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> !history("late-contact").isEmpty());
        assertThat(triggerStatuses("late-contact")).containsExactly("Complete");
    }

    @Test
    void historyEventIdIsTheEventInstanceIdUnlessTheQuirkSaysOtherwise() {
        publish(journey("ids", "MultipleEntries", true));
        String instance = fire("same");
        simulator.quirks().historyEventIdIsEventInstanceId(false);
        String other = fire("own");
        simulator.quirks().historyEventIdIsEventInstanceId(true);

        assertThat(history("same")).allSatisfy(item -> assertThat(item.get("eventId").asText()).isEqualTo(instance));
        assertThat(history("own")).allSatisfy(item -> assertThat(item.get("eventId").asText()).isNotEqualTo(other));
    }

    @Test
    void batchStatusListsQueuedProcessedAndErroredMembersWithTheirIds() {
        publish(journey("batch", "OnceAndDone", true));
        JsonNode answer = client.post("async/events", "{\"eventDefinitionKey\":\"join\",\"members\":["
                + "{\"contactKey\":\"b-1\",\"data\":{\"Email\":\"a@b.c\"}},"
                + "{\"contactKey\":\"b-1\",\"data\":{\"Email\":\"a@b.c\"}},"
                + "{\"contactKey\":\"b-2\",\"data\":{\"Bogus\":\"x\"}}]}").json();
        String requestId = answer.get("requestId").asText();

        JsonNode status = client.get("async/events/status?requestId=" + requestId).json();
        assertThat(status.get("count").asInt()).isEqualTo(3);
        List<String> types = new ArrayList<>();
        status.get("items").forEach(item -> {
            types.add(item.get("status").asText());
            assertThat(item.get("requestId").asText()).isEqualTo(requestId);
        });
        assertThat(types).containsExactlyInAnyOrder("processed", "processed", "errored");
        assertThat(status.get("items").get(0).get("eventInstanceId").asText())
                .isEqualTo(answer.get("members").get(0).get("eventInstanceId").asText());
        assertThat(triggerStatuses("b-1")).containsExactly("Complete", "ContactAlreadyInInteraction");
    }

    @Test
    void batchMembersAreQueuedUntilTheProcessingDelayHasPassed() {
        try (SfmcSimulator slow = SfmcSimulator.builder().asyncProcessingDelay(Duration.ofSeconds(3)).start()) {
            SimClient slowClient = new SimClient(slow).login();
            slowClient.createEventDefinition("join", "Email");
            String requestId = slowClient.post("async/events", "{\"eventDefinitionKey\":\"join\",\"members\":["
                    + "{\"contactKey\":\"q-1\",\"data\":{\"Email\":\"a@b.c\"}}]}").json().get("requestId").asText();

            assertThat(slowClient.get("async/events/status?requestId=" + requestId).json().get("items").get(0)
                    .get("status").asText()).isEqualTo("queued");
            await().atMost(Duration.ofSeconds(20)).until(() -> "processed".equals(slowClient
                    .get("async/events/status?type=processed&requestId=" + requestId).json().path("items").path(0)
                    .path("status").asText()));
        }
    }

    @Test
    void journeyHistorySearchCanIgnoreItsContactAndDefinitionFilters() {
        publish(journey("filters", "MultipleEntries", true));
        fire("x");
        fire("y");
        simulator.quirks().journeyHistorySearchIgnoresFilters(true);
        try {
            assertThat(history("x")).extracting(item -> item.get("contactKey").asText()).contains("x", "y");
        } finally {
            simulator.quirks().journeyHistorySearchIgnoresFilters(false);
        }
        assertThat(history("x")).extracting(item -> item.get("contactKey").asText()).containsOnly("x");
    }

    // ---- helpers

    private String journey(String key, String entryMode, boolean waits) {
        ObjectNode body = SimClient.JSON.createObjectNode();
        body.put("key", key);
        body.put("name", key);
        body.put("workflowApiVersion", 1.0);
        body.put("entryMode", entryMode);
        ObjectNode trigger = body.putArray("triggers").addObject();
        trigger.put("key", "TRIGGER");
        trigger.put("name", "Entry");
        trigger.put("type", "APIEvent");
        trigger.putObject("metaData").put("eventDefinitionKey", "join");
        var activities = body.putArray("activities");
        activities.addObject().put("key", "EMAILV2-1").put("name", "Welcome").put("type", "EMAILV2");
        if (waits) {
            activities.addObject().put("key", "WAIT-1").put("name", "Wait a day").put("type", "WAIT");
        }
        SimClient.Answer answer = client.post("interactions", body.toString());
        assertThat(answer.status()).isEqualTo(200);
        return key;
    }

    private void publish(String key) {
        client.post("interactions/publishAsync/key:" + key + "?versionNumber=1", null);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                "Published".equals(client.get("interactions/key:" + key).json().get("status").asText()));
    }

    private String fire(String contactKey) {
        SimClient.Answer answer = client.fire(contactKey, "join", Map.of("Email", contactKey + "@example.com"));
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().get("eventInstanceId").asText();
    }

    private List<JsonNode> history(String contactKey) {
        JsonNode page = client.post("interactions/journeyhistory/search?$pageSize=500",
                SimClient.json("contactKeys", List.of(contactKey))).json();
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private List<String> triggerStatuses(String contactKey) {
        List<String> statuses = new ArrayList<>();
        history(contactKey).stream().filter(item -> item.get("activityType").asText().equals("Trigger"))
                .forEach(item -> statuses.add(item.get("status").asText()));
        return statuses;
    }
}

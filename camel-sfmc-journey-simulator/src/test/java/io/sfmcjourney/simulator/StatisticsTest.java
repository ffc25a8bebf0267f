package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatisticsTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private SimClient client;
    private String eventId;
    private JsonNode journey;

    @BeforeEach
    void publishedJourney() {
        client = new SimClient(extension.simulator()).login();
        eventId = client.createEventDefinition("stats-event", "Email");
        journey = client.createJourney("stats", "stats-event");
        client.post("interactions/publishAsync/key:stats?versionNumber=1", null);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                "Published".equals(client.get("interactions/key:stats").json().get("status").asText()));
        for (int i = 0; i < 4; i++) {
            client.fire("s-" + i, "stats-event", Map.of("Email", i + "@x.y"));
        }
        client.fire("bad", "stats-event", Map.of("Unknown", "1"));
    }

    @Test
    void triggerStatisticsCountAcceptedAndFailedEvents() {
        JsonNode body = client.get("triggerstats/" + eventId).json();

        Map<String, Integer> counts = new HashMap<>();
        body.get("statuses").forEach(status -> counts.put(status.get("eventType").asText(), status.get("count").asInt()));
        assertThat(counts).containsEntry("MetCriteria", 4).containsEntry("ContactAttempted", 5)
                .containsEntry("Failed", 1).containsKey("ContactsWaiting");
        assertThat(body.get("statuses").get(0).get("category").asText()).isEqualTo("success");
        assertThat(client.get("triggerstats/key:stats-event").status()).isEqualTo(200);
        assertThat(client.get("triggerstats/unknown").status()).isEqualTo(400);
    }

    @Test
    void goalStatisticsFollowHistoryAndCanBeCleared() {
        String id = journey.get("id").asText();
        extension.simulator().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, new HistoryEntry("s-0",
                journey.get("definitionId").asText(), "stats journey", "goal-1", "Bought", "Goal", "Complete", null,
                Instant.now()));

        JsonNode stats = client.get("goalstatistics/" + id).json();

        assertThat(stats.get("cumulativePopulation").asInt()).isEqualTo(4);
        assertThat(stats.get("metGoal").asInt()).isEqualTo(1);
        assertThat(stats.get("goalPerformance").asDouble()).isEqualTo(25.0);
        assertThat(stats.get("days").get(0).get("activities").get(0).get("cumulativePopulationForDay").asInt())
                .isEqualTo(4);

        SimClient.Answer cleared = client.post("goalstatistics/clear/" + id, null);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(client.get("goalstatistics/" + id).json().get("metGoal").asInt()).isZero();
        assertThat(client.get("goalstatistics/unknown").status()).isEqualTo(404);
    }

    @Test
    void waitStatisticsCountContactsWaiting() {
        JsonNode stats = client.get("waitstatistics/" + journey.get("id").asText()).json();

        assertThat(stats.get("totalWaiting").asInt()).isEqualTo(4);
        assertThat(stats.get("activities").get(0).get("activityType").asText()).isEqualTo("WAIT");
        assertThat(stats.get("activities").get(0).get("count").asInt()).isEqualTo(4);
    }

    @Test
    void eventDefinitionsCountTheJourneysTheyTrigger() {
        JsonNode definition = client.get("eventDefinitions/key:stats-event").json();

        assertThat(definition.get("interactionCount").asInt()).isEqualTo(1);
        assertThat(definition.get("publishedInteractionCount").asInt()).isEqualTo(1);
    }
}

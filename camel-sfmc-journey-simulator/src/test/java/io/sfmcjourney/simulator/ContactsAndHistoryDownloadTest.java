package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact exit, status and membership; the history download, its estimate and freshness. */
class ContactsAndHistoryDownloadTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private SimClient client;
    private SfmcSimulator simulator;

    @BeforeEach
    void login() {
        simulator = extension.simulator();
        client = new SimClient(simulator).login();
    }

    private void publishedJourneyWith(String key, String... contacts) {
        client.createEventDefinition("ev-" + key, "Email");
        client.createJourney(key, "ev-" + key);
        client.post("interactions/publishAsync/key:" + key + "?versionNumber=1", null);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                "Published".equals(client.get("interactions/key:" + key).json().get("status").asText()));
        for (String contact : contacts) {
            client.fire(contact, "ev-" + key, Map.of());
        }
    }

    @Test
    void aContactExitRemovesTheMembershipAndIsReported() {
        publishedJourneyWith("j-exit", "anna", "ben");
        JsonNode before = client.post("interactions/contactMembership", "{\"ContactKeyList\":[\"anna\",\"zoe\"]}")
                .json().get("results");
        assertThat(before.get("contactMemberships")).hasSize(1);
        assertThat(before.get("contactsNotFound").get(0).asText()).isEqualTo("zoe");

        SimClient.Answer exit = client.post("interactions/contactexit",
                "[{\"ContactKey\":\"anna\",\"DefinitionKey\":\"j-exit\"},{\"ContactKey\":\"x\",\"DefinitionKey\":\"nope\"}]");

        assertThat(exit.status()).isEqualTo(202);
        assertThat(exit.json().get("errors")).hasSize(1);
        assertThat(exit.json().get("errors").get(0).get("definitionKey").asText()).isEqualTo("nope");
        JsonNode after = client.post("interactions/contactMembership", "{\"ContactKeyList\":[\"anna\",\"ben\"]}")
                .json().get("results");
        assertThat(after.get("contactMemberships")).hasSize(1);
        assertThat(after.get("contactMemberships").get(0).get("contactKey").asText()).isEqualTo("ben");
        JsonNode status = client.post("interactions/contactexit/status",
                "[{\"ContactKey\":\"anna\",\"DefinitionKey\":\"j-exit\"}]").json();
        assertThat(status.get(0).get("status").get(0).get("message").asText()).isEqualTo("Exited");
        assertThat(client.get("interactions/key:j-exit").json().get("stats").get("currentPopulation").asLong())
                .isEqualTo(1);
    }

    @Test
    void moreThanFiftyContactsAreRefused() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            body.append(i == 0 ? "" : ",").append("{\"ContactKey\":\"c").append(i).append("\",\"DefinitionKey\":\"j\"}");
        }
        SimClient.Answer answer = client.post("interactions/contactexit", body.append("]").toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errorcode").asInt()).isEqualTo(10005);
    }

    @Test
    void theDownloadNeedsTheDirectPipeHeaderAndStreamsTheRequestedColumns() {
        Instant t0 = Instant.parse("2026-01-10T08:00:00Z");
        simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, List.of(
                new HistoryEntry("anna", "def-a", "A, the \"first\"", "a-1", "Mail", "EMAILV2", "Complete", null, t0),
                new HistoryEntry("ben", "def-a", "A", "a-0", "", "Trigger", "Complete", null, t0.plusSeconds(1))));

        assertThat(client.post("interactions/journeyhistory/download", "{}").status()).isEqualTo(400);
        SimClient.Answer answer = client.send(HttpRequest.newBuilder(URI.create(simulator.restUrl()
                        + "interaction/v1/interactions/journeyhistory/download?columns=ContactKey,DefinitionName"))
                .header("Authorization", "Bearer " + client.token()).header("x-direct-pipe", "true")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("content-type")).startsWith("text/csv");
        assertThat(answer.body()).isEqualTo("ContactKey,DefinitionName\r\nanna,\"A, the \"\"first\"\"\"\r\n");
        assertThat(simulator.counters().streamedBytes()).isEqualTo(answer.body().length());
        JsonNode estimate = client.post("interactions/journeyhistory/estimate?columns=ContactKey,DefinitionName", "{}")
                .json();
        assertThat(estimate.get("estimatedRowCount").asLong()).isEqualTo(1);
        assertThat(estimate.get("estimatedSizeInBytes").asLong()).isEqualTo(answer.body().length());
        assertThat(client.post("interactions/journeyhistory/estimate?columns=Nope", "{}").status()).isEqualTo(400);
        assertThat(client.get("interactions/journeyhistory/freshness").json().get("freshnessInSeconds").asInt())
                .isZero();
    }
}

package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));

    private SimClient client;
    private SfmcSimulator simulator;

    @BeforeEach
    void login() {
        simulator = extension.simulator();
        client = new SimClient(simulator).login();
    }

    @Test
    void contactsEnteringAPublishedJourneyShowUpInHistory() {
        client.createEventDefinition("welcome", "Email");
        JsonNode journey = client.createJourney("welcome-journey", "welcome");
        client.fire("before-publish", "welcome", Map.of());
        client.post("interactions/publishAsync/key:welcome-journey?versionNumber=1", null);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                "Published".equals(client.get("interactions/key:welcome-journey").json().get("status").asText()));

        client.fire("anna", "welcome", Map.of("Email", "anna@example.com"));

        JsonNode page = client.get("history?contactKey=anna").json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        JsonNode entry = page.get("items").get(0);
        assertThat(entry.get("activityType").asText()).isEqualTo("Trigger");
        assertThat(entry.get("status").asText()).isEqualTo("Complete");
        assertThat(entry.get("contactKey").asText()).isEqualTo("anna");
        assertThat(entry.get("definitionId").asText()).isEqualTo(journey.get("definitionId").asText());
        assertThat(entry.get("definitionName").asText()).isEqualTo("welcome-journey journey");
        assertThat(entry.get("eventId").asText()).isEqualTo(simulator.acceptedEvents().get(1).eventInstanceId());
        assertThat(entry.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(entry.get("transactionTime").asText()).doesNotContain("Z").doesNotContain("+");
        assertThat(page.get("items").get(1).get("activityType").asText()).isEqualTo("EMAILV2");
        assertThat(page.get("items").get(2).get("status").asText()).isEqualTo("Waiting");
        assertThat(client.get("history?contactKey=before-publish").json().get("count").asInt()).isZero();

        JsonNode stats = client.get("interactions/key:welcome-journey").json().get("stats");
        assertThat(stats.get("cumulativePopulation").asInt()).isEqualTo(1);
        assertThat(stats.get("currentPopulation").asInt()).isEqualTo(1);
    }

    @Test
    void historyFiltersByTimeWithInclusiveStartAndExclusiveEnd() {
        Instant base = Instant.parse("2024-03-01T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, new HistoryEntry("c-" + i, "def-1", "Journey", "a-1",
                    "Email", "EMAILV2", i % 2 == 0 ? "Complete" : "Failed", null, base.plusSeconds(60L * i)));
        }

        JsonNode window = client.get("history?start=2024-03-01T00:02:00Z&end=2024-03-01T00:05:00").json();
        JsonNode offset = client.get("history?start=2024-03-01T01:02:00%2B01:00").json();
        JsonNode failed = client.get("history?status=Failed&$orderBy=TransactionTime%20desc").json();

        assertThat(contacts(window)).containsExactly("c-2", "c-3", "c-4");
        assertThat(offset.get("count").asInt()).isEqualTo(8);
        assertThat(contacts(failed)).containsExactly("c-9", "c-7", "c-5", "c-3", "c-1");
        assertThat(client.get("history?start=yesterday").status()).isEqualTo(400);
    }

    @Test
    void journeyHistorySearchTakesFiltersInTheBody() {
        Instant base = Instant.parse("2024-04-01T00:00:00Z");
        simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, List.of(
                new HistoryEntry("x", "def-a", "A", "act-1", "Call", "REST", "Failed", null, base),
                new HistoryEntry("y", "def-a", "A", "act-2", "Mail", "EMAILV2", "Complete", null, base.plusSeconds(1)),
                new HistoryEntry("z", "def-b", "B", "act-1", "Call", "REST", "Failed", null, base.plusSeconds(2))));

        JsonNode rest = client.post("interactions/journeyhistory/search?$page=1&$pageSize=500&$orderBy=TransactionTime%20desc",
                "{\"definitionIds\":[],\"contactKeys\":[],\"activityIds\":[],\"activityTypes\":[\"REST\"],"
                        + "\"statuses\":[],\"start\":\"2024-01-01T06:00:00.000Z\",\"end\":null,\"extras\":\"all\"}").json();
        JsonNode byDefinition = client.post("interactions/journeyhistory/search",
                "{\"definitionIds\":[\"def-a\"],\"statuses\":[\"Complete\"]}").json();

        assertThat(contacts(rest)).containsExactly("z", "x");
        assertThat(contacts(byDefinition)).containsExactly("y");
    }

    @Test
    void traceEventSearchReadsTheQueryString() {
        Instant base = Instant.parse("2024-05-01T00:00:00Z");
        simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, List.of(
                new HistoryEntry("t1", "def-t", "T", "a", "A", "Trigger", "Complete", null, base),
                new HistoryEntry("t2", "def-t", "T", "a", "A", "Trigger", "Complete", null, base.plusSeconds(3600)),
                new HistoryEntry("t3", "def-other", "O", "a", "A", "Trigger", "Complete", null, base)));

        JsonNode found = client.post("interactions/traceevents/search", "{\"query\":{\"query_string\":{\"query\":"
                + "\"(definitionId:def-t) AND(transactionTime:[2024-05-01T00:30:00.000Z TO *])\"}}}").json();

        assertThat(contacts(found)).containsExactly("t2");
    }

    @Test
    void historyIsPerAccountAndPaged() {
        simulator.generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "def-gen", "Generated", 1234, 100,
                Instant.parse("2024-06-01T00:00:00Z"), Instant.parse("2024-06-02T00:00:00Z"));
        simulator.addHistory("999", new HistoryEntry("other", "def-gen", "G", "a", "A", "Trigger", "Complete", null,
                Instant.parse("2024-06-01T12:00:00Z")));

        JsonNode firstPage = client.get("history?definitionId=def-gen&$pageSize=500").json();
        JsonNode lastPage = client.get("history?definitionId=def-gen&$pageSize=500&$page=3").json();

        assertThat(firstPage.get("count").asInt()).isEqualTo(1234);
        assertThat(firstPage.get("items")).hasSize(500);
        assertThat(lastPage.get("items")).hasSize(234);
        assertThat(simulator.historySize()).isEqualTo(1235);
    }

    @Test
    void historyCapacityDropsTheOldestRecords() {
        try (SfmcSimulator small = SfmcSimulator.builder().historyCapacity(100).start()) {
            small.generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "d", "D", 250, 10,
                    Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:04:10Z"));
            SimClient smallClient = new SimClient(small).login();

            JsonNode page = smallClient.get("history?$pageSize=1").json();

            assertThat(small.historySize()).isEqualTo(100);
            assertThat(page.get("count").asInt()).isEqualTo(100);
            assertThat(page.get("items").get(0).get("transactionTime").asText()).isEqualTo("2024-01-01T00:02:30");
        }
    }

    @Test
    void loadsAMillionRecordsAndSearchesThem() {
        simulator.generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "def-big", "Big", 1_000_000, 50_000,
                Instant.parse("2024-07-01T00:00:00Z"), Instant.parse("2024-07-11T00:00:00Z"));

        JsonNode day = client.get("history?start=2024-07-05&end=2024-07-06&$pageSize=500").json();
        JsonNode contact = client.get("history?contactKey=contact-42&$orderBy=TransactionTime%20desc").json();

        assertThat(simulator.historySize()).isEqualTo(1_000_000);
        assertThat(day.get("count").asInt()).isEqualTo(100_000);
        assertThat(day.get("items").get(0).get("transactionTime").asText()).isEqualTo("2024-07-05T00:00:00");
        assertThat(contact.get("count").asInt()).isEqualTo(21);
    }

    private static List<String> contacts(JsonNode page) {
        List<String> contacts = new ArrayList<>();
        page.get("items").forEach(item -> contacts.add(item.get("contactKey").asText()));
        return contacts;
    }
}

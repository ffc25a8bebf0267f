package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.HistoryQuirks.Filter;
import io.sfmcjourney.simulator.HistoryQuirks.Order;
import io.sfmcjourney.simulator.HistoryQuirks.Zone;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journey history quirks: order, timestamp zone, ignored filters, late writes. */
class HistoryQuirksTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { });

    private static final Instant BASE = Instant.parse("2024-03-01T06:00:00Z");

    private SimClient client;
    private SfmcSimulator simulator;

    @BeforeEach
    void login() {
        simulator = extension.simulator();
        client = new SimClient(simulator).login();
    }

    @AfterEach
    void defaults() {
        simulator.quirks().history().reset();
    }

    private void records(int count, Instant first) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new HistoryEntry("c-" + i, i % 2 == 0 ? "def-1" : "def-2", "Journey", "a-1", "Email",
                    i % 3 == 0 ? "WAIT" : "EMAILV2", i % 2 == 0 ? "Complete" : "Failed", null,
                    first.plusSeconds(i)));
        }
        simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
    }

    @Test
    void theOrderCanBeForcedOrUnstableAcrossRequests() {
        records(20, BASE);
        simulator.quirks().history().order(Order.DESCENDING);
        assertThat(contacts(client.get("history?$orderBy=TransactionTime%20asc&$pageSize=3").json()))
                .containsExactly("c-19", "c-18", "c-17");
        simulator.quirks().history().order(Order.ASCENDING);
        assertThat(contacts(client.get("history?$orderBy=TransactionTime%20desc&$pageSize=3").json()))
                .containsExactly("c-0", "c-1", "c-2");

        simulator.quirks().history().order(Order.UNSTABLE);
        Set<List<String>> firstPages = new HashSet<>();
        Set<String> seenOverPages = new HashSet<>();
        for (int page = 1; page <= 4; page++) {
            JsonNode answer = client.get("history?$pageSize=5&$page=" + page).json();
            assertThat(answer.get("count").asInt()).isEqualTo(20);
            seenOverPages.addAll(contacts(answer));
            firstPages.add(contacts(client.get("history?$pageSize=5&$page=1").json()));
        }
        assertThat(firstPages).as("every request its own order").hasSizeGreaterThan(1);
        assertThat(seenOverPages).as("paging an unstable order skips records").hasSizeLessThan(20);
    }

    @Test
    void timestampsAreWrittenInTheZoneOfTheQuirkAndBoundsWithoutOffsetReadInIt() {
        records(10, BASE);
        simulator.quirks().history().zone(Zone.CST_NO_OFFSET);
        JsonNode cst = client.get("history?$pageSize=1").json();
        assertThat(cst.get("items").get(0).get("transactionTime").asText()).isEqualTo("2024-03-01T00:00:00");
        assertThat(client.get("history?start=2024-03-01T00:00:05").json().get("count").asInt()).isEqualTo(5);
        assertThat(client.get("history?start=2024-03-01T06:00:05.000Z").json().get("count").asInt()).isEqualTo(5);
        assertThat(client.get("history?start=2024-03-01T07:00:05%2B01:00").json().get("count").asInt()).isEqualTo(5);

        simulator.quirks().history().zone(Zone.CST_WITH_OFFSET);
        assertThat(client.get("history?$pageSize=1").json().get("items").get(0).get("transactionTime").asText())
                .isEqualTo("2024-03-01T00:00:00-06:00");

        simulator.quirks().history().zone(Zone.UTC_NO_OFFSET);
        assertThat(client.get("history?$pageSize=1").json().get("items").get(0).get("transactionTime").asText())
                .isEqualTo("2024-03-01T06:00:00");
        assertThat(client.get("history?start=2024-03-01T06:00:05").json().get("count").asInt()).isEqualTo(5);
    }

    @Test
    void ignoredFiltersAnswerAsIfAbsent() {
        records(10, BASE);
        String body = "{\"definitionIds\":[\"def-1\"],\"statuses\":[\"Complete\"],\"activityTypes\":[\"WAIT\"]}";
        assertThat(client.post("interactions/journeyhistory/search", body).json().get("count").asInt()).isEqualTo(2);

        simulator.quirks().history().ignoredFilters(Set.of(Filter.DEFINITION_ID));
        assertThat(client.post("interactions/journeyhistory/search", body).json().get("count").asInt()).isEqualTo(2);
        assertThat(client.get("history?definitionId=def-1").json().get("count").asInt()).isEqualTo(10);

        simulator.quirks().history().ignoredFilters(Set.of(Filter.values()));
        assertThat(client.post("interactions/journeyhistory/search", body).json().get("count").asInt()).isEqualTo(10);
    }

    @Test
    void lateRecordsAppearWithinTheirDelayAfterTheirTime() {
        simulator.quirks().history().lateWrites(Duration.ofHours(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        records(50, now.minus(Duration.ofMinutes(30)));
        records(50, now.minus(Duration.ofHours(2)));
        int visible = client.get("history").json().get("count").asInt();
        assertThat(visible).as("all old records, some of the recent ones").isGreaterThan(50).isLessThan(100);

        simulator.quirks().history().lateWrites(Duration.ZERO);
        assertThat(client.get("history").json().get("count").asInt()).isEqualTo(100);
    }

    private static List<String> contacts(JsonNode page) {
        List<String> contacts = new ArrayList<>();
        page.get("items").forEach(item -> contacts.add(item.get("contactKey").asText()));
        return contacts;
    }
}

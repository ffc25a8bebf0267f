package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Journey history: the discovery document's GET /history and the widely used POST journeyhistory/search. */
class HistoryMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @BeforeEach
    void seedHistory() {
        sim().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, List.of(
                entry("c-1", "def-a", "EMAILV2", "Complete", T0),
                entry("c-2", "def-a", "EMAILV2", "Failed", T0.plusSeconds(60)),
                entry("c-1", "def-a", "WAIT", "Waiting", T0.plusSeconds(120)),
                entry("c-3", "def-b", "EMAILV2", "Complete", T0.plusSeconds(180))));
    }

    @Test
    void getHistoryFiltersWithQueryOptions() {
        Exchange exchange = callUri("sfmc-journey:getHistory?definitionId=def-a&activityType=EMAILV2"
                                    + "&start=2026-01-10T07:00:00Z&end=2026-01-11T00:00:00Z"
                                    + "&orderBy=TransactionTime%20desc&page=1&pageSize=50",
                null);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.getHistory);
        assertThat(request.verb()).isEqualTo("GET");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/history");
        assertThat(request.query()).containsEntry("definitionId", List.of("def-a"))
                .containsEntry("activityType", List.of("EMAILV2"))
                .containsEntry("start", List.of("2026-01-10T07:00:00Z"))
                .containsEntry("$orderBy", List.of("TransactionTime desc"));
        Map<String, Object> page = asMap(exchange.getMessage().getBody());
        assertThat(page.get("count")).isEqualTo(2);
        assertThat(asList(page.get("items"))).extracting(item -> item.get("contactKey")).containsExactly("c-2", "c-1");
    }

    @Test
    void searchJourneyHistorySendsTheFilterBody() throws Exception {
        Map<String, Object> filter = Map.of("definitionIds", List.of("def-a"), "statuses", List.of("Failed"));

        Exchange exchange = callUri("sfmc-journey:searchJourneyHistory?pageSize=500", filter);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.searchJourneyHistory);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/interactions/journeyhistory/search");
        assertThat(request.query()).containsEntry("$pageSize", List.of("500"));
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.valueToTree(filter));
        Map<String, Object> page = asMap(exchange.getMessage().getBody());
        assertThat(asList(page.get("items"))).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("contactKey", "c-2").containsEntry("status",
                        "Failed"));
    }

    @Test
    void searchJourneyHistoryWithoutBodySearchesEverything() {
        Map<String, Object> page = okMap(SfmcJourneyMethod.searchJourneyHistory, null);

        assertThat(onlyRequest(SfmcJourneyMethod.searchJourneyHistory).body()).isEqualTo("{}");
        assertThat(page.get("count")).isEqualTo(4);
    }

    private static HistoryEntry entry(String contact, String definitionId, String type, String status, Instant at) {
        return new HistoryEntry(contact, definitionId, "Journey " + definitionId, definitionId + "-" + type,
                type + " activity", type, status, null, at);
    }
}

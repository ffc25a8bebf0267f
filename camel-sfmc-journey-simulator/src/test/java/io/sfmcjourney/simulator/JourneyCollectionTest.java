package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JourneyCollectionTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO)
            .maxPageSize(20));

    private SimClient client;

    @BeforeEach
    void login() {
        client = new SimClient(extension.simulator()).login();
    }

    @Test
    void pagesAreOneBasedWithTotalCountAndClampedSize() {
        for (int i = 0; i < 25; i++) {
            client.createJourney(String.format("page-%02d", i), null);
        }

        JsonNode first = client.get("interactions").json();
        JsonNode second = client.get("interactions?$page=2&$pageSize=10&$orderBy=Name%20ASC").json();
        JsonNode clamped = client.get("interactions?$pageSize=100").json();
        JsonNode beyond = client.get("interactions?$page=9&$pageSize=10").json();

        assertThat(first.get("count").asInt()).isEqualTo(25);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("pageSize").asInt()).isEqualTo(20);
        assertThat(first.get("links").isObject()).isTrue();
        assertThat(second.get("items")).hasSize(10);
        assertThat(second.get("items").get(0).get("key").asText()).isEqualTo("page-10");
        assertThat(clamped.get("pageSize").asInt()).isEqualTo(20);
        assertThat(clamped.get("items")).hasSize(20);
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("count").asInt()).isEqualTo(25);
    }

    @Test
    void defaultOrderIsModifiedDateDescending() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(client.createJourney("order-" + i, null).get("key").asText());
        }

        JsonNode items = client.get("interactions").json().get("items");
        JsonNode ascending = client.get("interactions?$orderBy=ModifiedDate%20asc").json().get("items");

        assertThat(items.get(0).get("key").asText()).isEqualTo("order-2");
        assertThat(items.get(2).get("key").asText()).isEqualTo("order-0");
        assertThat(ascending.get(0).get("key").asText()).isEqualTo("order-0");
        assertThat(client.get("interactions?$orderBy=Colour").status()).isEqualTo(400);
    }

    @Test
    void pageSizeEchoAndEmptyItemsAreQuirks() {
        for (int i = 0; i < 3; i++) {
            client.createJourney("echo-" + i, null);
        }
        Quirks quirks = extension.simulator().quirks();
        quirks.pageSizeEcho(Quirks.PageSizeEcho.ITEMS_ON_PAGE).omitEmptyItems(true);
        try {
            JsonNode last = client.get("interactions?$page=2&$pageSize=2").json();
            JsonNode empty = client.get("interactions?nameOrDescription=nothing-matches").json();

            assertThat(last.get("pageSize").asInt()).isEqualTo(1);
            assertThat(empty.has("items")).isFalse();
            assertThat(empty.get("count").asInt()).isZero();
        } finally {
            quirks.pageSizeEcho(Quirks.PageSizeEcho.REQUESTED).omitEmptyItems(false);
        }
        assertThat(client.get("interactions?nameOrDescription=nothing-matches").json().get("items")).isEmpty();
    }

    @Test
    void filtersByStatusNameOrDescriptionKeyTagAndType() {
        client.createEventDefinition("filter-event", "A");
        client.createJourney("alpha", "filter-event");
        client.post("interactions/publishAsync/key:alpha?versionNumber=1", null);
        client.post("interactions", "{\"key\":\"beta\",\"name\":\"Beta\",\"description\":\"Spring SALE\","
                + "\"workflowApiVersion\":1,\"tags\":[{\"name\":\"5K\"}]}");
        client.post("interactions", "{\"key\":\"gamma\",\"name\":\"Gamma\",\"workflowApiVersion\":1,"
                + "\"definitionType\":\"Transactional\",\"channel\":\"email\"}");
        awaitStatus("alpha", "Published");

        assertThat(keys("interactions?status=Published")).containsExactly("alpha");
        assertThat(keys("interactions?status=Draft")).containsExactlyInAnyOrder("beta", "gamma");
        assertThat(keys("interactions?nameOrDescription=sale")).containsExactly("beta");
        assertThat(keys("interactions?nameOrDescription=GAMM")).containsExactly("gamma");
        assertThat(keys("interactions?key=beta")).containsExactly("beta");
        assertThat(keys("interactions?tag=5K")).containsExactly("beta");
        assertThat(keys("interactions?definitionType=transactional")).containsExactly("gamma");
        assertThat(client.get("interactions?status=Sleeping").status()).isEqualTo(400);
        assertThat(client.get("interactions?definitionType=multistep").status()).isEqualTo(400);
    }

    @Test
    void versionFiltersSelectVersions() {
        client.createEventDefinition("version-event", "A");
        String id = client.createJourney("multi", "version-event").get("id").asText();
        client.post("interactions/publishAsync/key:multi?versionNumber=1", null);
        awaitStatus("multi", "Published");
        client.createJourney("multi", "version-event");

        JsonNode latestOnly = client.get("interactions?id=" + id).json();
        JsonNode all = client.get("interactions?id=" + id + "&mostRecentVersionOnly=false").json();
        JsonNode first = client.get("interactions?id=" + id + "&mostRecentVersionOnly=false&versionNumber=1").json();
        JsonNode publishedOnes = client.get("interactions?status=Published").json();

        assertThat(latestOnly.get("count").asInt()).isEqualTo(1);
        assertThat(latestOnly.get("items").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(all.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("status").asText()).isEqualTo("Published");
        assertThat(publishedOnes.get("items").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void activitiesOnlyWithExtrasButStatsAlways() {
        client.createEventDefinition("extras-event", "A");
        client.createJourney("extras", "extras-event");

        JsonNode plain = client.get("interactions").json().get("items").get(0);
        JsonNode withActivities = client.get("interactions?extras=activities").json().get("items").get(0);
        JsonNode all = client.get("interactions?extras=all").json().get("items").get(0);
        JsonNode single = client.get("interactions/key:extras").json();
        JsonNode singleWithActivities = client.get("interactions/key:extras?extras=activities").json();

        assertThat(plain.has("activities")).isFalse();
        assertThat(plain.get("stats").get("cumulativePopulation").isNumber()).isTrue();
        assertThat(plain.get("stats").get("goalPerformance").isNumber()).isTrue();
        assertThat(withActivities.get("activities")).hasSize(2);
        assertThat(withActivities.get("activities").get(0).get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(all.has("activities")).isTrue();
        assertThat(all.has("healthStats")).isTrue();
        assertThat(single.has("activities")).isFalse();
        assertThat(singleWithActivities.get("activities")).hasSize(2);
    }

    @Test
    void deletedJourneysDisappearFromTheCollection() {
        client.createJourney("gone", null);
        client.createJourney("stays", null);
        client.delete("interactions/key:gone");

        assertThat(keys("interactions")).containsExactly("stays");
        assertThat(keys("interactions?status=Deleted")).containsExactly("gone");
    }

    private List<String> keys(String path) {
        List<String> keys = new ArrayList<>();
        client.get(path).json().get("items").forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    private void awaitStatus(String key, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                status.equals(client.get("interactions/key:" + key + "?versionNumber=1").json().get("status").asText()));
    }

}

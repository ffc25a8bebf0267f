package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { });

    private SimClient client;

    @BeforeEach
    void login() {
        client = new SimClient(extension.simulator()).login();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/../b?x#y", "with space", "100% sure", "key:nested", "plus+sign", "ümlaut-ключ",
        "semi;colon&amp=", "..", "trailing/"})
    void hostileJourneyKeysAreAddressedExactly(String key) {
        client.post("interactions", SimClient.json("key", key, "name", "hostile", "workflowApiVersion", 1));

        SimClient.Answer answer = client.get("interactions/key:" + encode(key));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("key").asText()).isEqualTo(key);
        assertThat(client.get("interactions/key:" + encode(key + "x")).status()).isEqualTo(404);
        assertThat(client.delete("interactions/key:" + encode(key)).status()).isEqualTo(200);
    }

    @Test
    void hostileEventDefinitionKeysAreAddressedExactly() {
        String key = "a/b?x#y%z";
        client.createEventDefinition(key, "A");

        assertThat(client.get("eventDefinitions/key:" + encode(key)).json().get("eventDefinitionKey").asText())
                .isEqualTo(key);
        assertThat(client.fire("c", key, java.util.Map.of()).status()).isEqualTo(201);
    }

    @Test
    void unknownRoutesAnswerTheSfmc404() {
        SimClient.Answer answer = client.get("nothing/here");

        assertThat(answer.status()).isEqualTo(404);
        JsonNode body = answer.json();
        assertThat(body.get("errorcode").asInt()).isEqualTo(404);
        assertThat(body.get("message").asText()).isEqualTo("Not Found");
        assertThat(body.get("documentation").asText()).contains("error-handling");
        assertThat(extension.simulator().journal().last("unknown").status()).isEqualTo(404);
    }

    @Test
    void wrongVerbOnAKnownPathIs30001() {
        SimClient.Answer answer = client.call("PATCH", "interactions", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errorcode").asInt()).isEqualTo(30001);
    }

    @Test
    void malformedRequestsGetSfmcShaped400s() {
        SimClient.Answer notJson = client.post("eventDefinitions", "{\"type\":");
        SimClient.Answer array = client.post("interactions", "[1,2]");
        SimClient.Answer trailing = client.post("events", "{} {}");
        SimClient.Answer badNumber = client.get("interactions?$page=two");

        for (SimClient.Answer answer : new SimClient.Answer[] {notJson, array, trailing}) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("errorcode").asInt()).isEqualTo(10004);
        }
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.json().get("errorcode").asInt()).isEqualTo(10001);
    }

    @Test
    void nonJsonContentTypeIs415() {
        SimClient.Answer answer = client.send(HttpRequest.newBuilder(
                        URI.create(extension.simulator().restUrl() + "interaction/v1/interactions"))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<journey/>")));

        assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void journalRecordsMethodQueryHeadersBodyAndStatus() {
        client.get("interactions?$page=1&nameOrDescription=a%20b");

        RecordedRequest recorded = extension.simulator().journal().last("getInteractionCollection");

        assertThat(recorded.verb()).isEqualTo("GET");
        assertThat(recorded.rawPath()).isEqualTo("/interaction/v1/interactions");
        assertThat(recorded.rawQuery()).isEqualTo("$page=1&nameOrDescription=a%20b");
        assertThat(recorded.query()).containsEntry("nameOrDescription", java.util.List.of("a b"));
        assertThat(recorded.headers()).containsKey("authorization");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.time()).isNotNull();
        assertThat(extension.simulator().journal().requestsFor("token")).hasSize(1);
    }

    @Test
    void journalIsCapped() {
        try (SfmcSimulator small = SfmcSimulator.builder().journalCapacity(3).start()) {
            SimClient smallClient = new SimClient(small).login();
            for (int i = 0; i < 5; i++) {
                smallClient.get("interactions?n=" + i);
            }

            assertThat(small.journal().requests()).hasSize(3);
            assertThat(small.journal().requests().get(2).rawQuery()).isEqualTo("n=4");
            assertThat(small.counters().calls("getInteractionCollection")).isEqualTo(5);
        }
    }

    @Test
    void mapAndTriggerTestsAreStoredPerAccount() {
        SimClient.Answer saved = client.post("map", "{\"nodes\":[{\"id\":\"n1\"}]}");
        SimClient.Answer read = client.get("map");
        SimClient.Answer test = client.post("interactions/triggerTest/some-event", "{\"contactKey\":\"c\"}");
        SimClient.Answer update = client.put("interactions/triggerTest/some-event", "{}");
        SimClient.Answer delete = client.delete("interactions/triggerTest/some-event");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read.json().get("nodes").get(0).get("id").asText()).isEqualTo("n1");
        assertThat(test.status()).isEqualTo(200);
        assertThat(test.body()).isEqualTo("{}");
        assertThat(update.status()).isEqualTo(200);
        assertThat(delete.status()).isEqualTo(200);
        assertThat(client.post("map", "[]").status()).isEqualTo(400);
    }

    private static String encode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static SfmcSimulator simulator;
    private SimClient client;

    @BeforeAll
    static void start() {
        simulator = SfmcSimulator.builder().publishDelay(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void login() {
        simulator.reset();
        client = new SimClient(simulator).login();
    }

    @Test
    void failNextAnswersTheGivenErrorsThenRecovers() {
        simulator.faults().failNext(2, 429, 50100, 7);

        SimClient.Answer first = client.get("interactions");
        SimClient.Answer second = client.get("interactions");
        SimClient.Answer third = client.get("interactions");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("7");
        assertThat(first.json().get("errorcode").asInt()).isEqualTo(50100);
        assertThat(first.json().get("retryAfter").asInt()).isEqualTo(7);
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(simulator.journal().requestsFor("getInteractionCollection"))
                .extracting(RecordedRequest::status).containsExactly(429, 429, 200);
    }

    @Test
    void rateSwitchesProduceTheirDocumentedAnswers() {
        simulator.faults().rate429(1.0).retryAfterSeconds(3);
        SimClient.Answer throttled = client.get("interactions");
        simulator.faults().clear().rate429Blocked(1.0);
        SimClient.Answer blocked = client.get("interactions");
        simulator.faults().clear().rate503(1.0);
        SimClient.Answer unavailable = client.get("interactions");
        simulator.faults().clear().rate500(1.0);
        SimClient.Answer broken = client.get("interactions");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("3");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().get("errorcode").asInt()).isEqualTo(50200);
        assertThat(blocked.header("Retry-After")).isNull();
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().get("errorcode").asInt()).isEqualTo(50300);
        assertThat(unavailable.header("Retry-After")).isEqualTo("1");
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.json().get("message").asText()).isEqualTo("Internal Server Error");
    }

    @Test
    void tokenEndpointIsSparedUnlessNamed() {
        simulator.faults().rate503(1.0);
        assertThat(client.tokenRequest(tokenBody()).status()).isEqualTo(200);

        simulator.faults().onlyFor("token");
        assertThat(client.tokenRequest(tokenBody()).status()).isEqualTo(503);
        assertThat(client.get("interactions").status()).isEqualTo(200);
    }

    @Test
    void onlyForRestrictsFaultsToMethods() {
        simulator.faults().rate500(1.0).onlyFor("postInteractionsEvents");

        assertThat(client.get("interactions").status()).isEqualTo(200);
        assertThat(client.post("events", SimClient.json("ContactKey", "c", "EventDefinitionKey", "x")).status())
                .isEqualTo(500);
    }

    @Test
    void seededRatesAreReproducible() {
        List<Integer> firstRun = statuses(1234L);
        List<Integer> secondRun = statuses(1234L);

        assertThat(firstRun).isEqualTo(secondRun).contains(200, 429);
    }

    private List<Integer> statuses(long seed) {
        simulator.faults().clear().seed(seed).rate429(0.5);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(client.get("interactions").status());
        }
        simulator.faults().clear();
        return statuses;
    }

    @Test
    void resetBeforeProcessingDropsTheConnectionAndChangesNothing() {
        simulator.faults().resetNextBeforeProcessing(1);

        assertThatThrownBy(() -> client.post("interactions",
                SimClient.json("key", "never", "name", "n", "workflowApiVersion", 1)))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(client.get("interactions/key:never").status()).isEqualTo(404);
        assertThat(simulator.journal().last("postInteraction").status()).isZero();
    }

    @Test
    void resetAfterProcessingDropsTheConnectionAfterTheStateChanged() {
        client.createEventDefinition("reset-after", "Name");
        simulator.faults().resetNextAfterProcessing(1);

        assertThatThrownBy(() -> client.fire("c-1", "reset-after", Map.of("Name", "x")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("c-1");
        assertThat(simulator.counters().eventsAccepted()).isEqualTo(1);
    }

    @Test
    void resetRatesApplyToo() {
        simulator.faults().resetBeforeProcessingRate(1.0);
        assertThatThrownBy(() -> client.get("interactions")).isInstanceOf(UncheckedIOException.class);
        simulator.faults().clear().resetAfterProcessingRate(1.0);
        assertThatThrownBy(() -> client.get("interactions")).isInstanceOf(UncheckedIOException.class);
        simulator.faults().clear();
        assertThat(client.get("interactions").status()).isEqualTo(200);
    }

    @Test
    void stallNextNeverAnswers() {
        simulator.faults().stallNext(1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.restUrl() + "interaction/v1/interactions"))
                .header("Authorization", "Bearer " + client.token())
                .timeout(Duration.ofMillis(300)).GET().build();

        assertThatThrownBy(() -> client.http().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(client.get("interactions").status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysAnswers() {
        simulator.faults().latency(Duration.ofSeconds(3));
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.restUrl() + "interaction/v1/interactions"))
                .header("Authorization", "Bearer " + client.token())
                .timeout(Duration.ofMillis(200)).GET().build();

        assertThatThrownBy(() -> client.http().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void beyondTheConcurrencyLimitCallsAreRefusedWith50200() throws Exception {
        simulator.faults().latency(Duration.ofMillis(300)).concurrencyLimit(2);
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.restUrl() + "interaction/v1/interactions"))
                    .header("Authorization", "Bearer " + client.token()).GET().build();
            answers.add(client.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                assertThat(response.body()).contains("50200");
                assertThat(response.headers().firstValue("Retry-After")).isEmpty();
            }
        }

        assertThat(statuses).containsOnly(200, 429).filteredOn(status -> status == 200).hasSizeBetween(1, 2);
        simulator.faults().latency(Duration.ZERO);
        assertThat(client.get("interactions").status()).as("slots are freed").isEqualTo(200);
    }

    @Test
    void clearSwitchesEverythingOff() throws IOException {
        simulator.faults().rate500(1.0).failNext(3, 503, 50300, 1).stallNext(2).latency(Duration.ofSeconds(5))
                .concurrencyLimit(1);
        simulator.faults().clear();

        assertThat(client.get("interactions").status()).isEqualTo(200);
    }

    private static String tokenBody() {
        return SimClient.json("grant_type", "client_credentials", "client_id", SfmcSimulator.DEMO_CLIENT_ID,
                "client_secret", SfmcSimulator.DEMO_CLIENT_SECRET);
    }
}

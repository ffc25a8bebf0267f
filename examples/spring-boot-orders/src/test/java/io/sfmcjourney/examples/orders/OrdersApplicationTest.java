package io.sfmcjourney.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The orders service against the simulator, called over HTTP like the shop would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApplicationTest {

    private static final SfmcSimulator SIMULATOR = SfmcSimulator.builder().start();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void sfmcConnection(DynamicPropertyRegistry registry) {
        SfmcTarget.simulator(SIMULATOR).properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    private HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<AcceptedEvent> eventsOf(String contactKey) {
        return SIMULATOR.acceptedEvents().stream().filter(event -> contactKey.equals(event.contactKey())).toList();
    }

    @Test
    void anOrderBecomesAnEntryEventWithTheOrderAsData() throws Exception {
        HttpResponse<String> response = post("""
                {"orderId": "A-1001", "customerId": "cust-42", "email": "ada@example.com", "total": 129.90}""");

        assertThat(response.statusCode()).isEqualTo(202);
        List<AcceptedEvent> events = eventsOf("cust-42");
        assertThat(events).hasSize(1);
        AcceptedEvent event = events.get(0);
        assertThat(response.body()).contains("\"orderId\":\"A-1001\"", "\"eventInstanceId\":\"" + event.eventInstanceId() + "\"");
        assertThat(event.eventDefinitionKey()).isEqualTo("order-placed");
        assertThat(event.data()).containsEntry("OrderId", "A-1001").containsEntry("EmailAddress", "ada@example.com")
                .containsKey("OrderTotal");
        assertThat(SIMULATOR.journal().last("postInteractionsEvents").body()).contains("129.90");
    }

    @Test
    void theEventDefinitionIsCreatedAtStartupWhenSfmcDoesNotKnowIt() {
        assertThat(SIMULATOR.counters().calls("postEventDefinition")).isEqualTo(1);
        assertThat(SIMULATOR.journal().last("postEventDefinition").body()).contains("\"eventDefinitionKey\": \"order-placed\"");
    }

    @Test
    void anIncompleteOrderIsRefusedWithoutCallingSfmc() throws Exception {
        long before = SIMULATOR.counters().calls("postInteractionsEvents");

        HttpResponse<String> response = post("{\"orderId\": \"A-1002\", \"email\": \"x@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The order needs customerId");
        assertThat(SIMULATOR.counters().calls("postInteractionsEvents")).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith400AndAClearMessageWithoutCallingSfmc() throws Exception {
        long before = SIMULATOR.counters().calls("postInteractionsEvents");

        HttpResponse<String> notJson = post("orderId=A-1004&customerId=cust-44");
        HttpResponse<String> wrongShape = post("[\"A-1005\"]");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(notJson.body()).contains("\"error\":\"The body is not a JSON order like", "Unrecognized token");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(wrongShape.body()).contains("The body is not a JSON order");
        assertThat(SIMULATOR.counters().calls("postInteractionsEvents")).isEqualTo(before);
    }

    @Test
    void anEventSfmcRejectsAnswers502WithSfmcsReason() throws Exception {
        HttpResponse<String> response = post("""
                {"orderId": "A-1003", "customerId": "cust-43", "email": "not-an-address"}""");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("\"sfmcErrorCode\":10001", "EmailAddress");
        assertThat(eventsOf("cust-43")).isEmpty();
    }

    @Test
    void actuatorHealthIsUpAndIncludesCamel() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "camel");
    }
}

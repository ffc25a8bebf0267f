package io.sfmcjourney.camel.kamelets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each Kamelet of {@code kamelets/} bound by a route ({@code kamelet:<name>?...}) and driven against the simulator.
 * Runs on the Camel LTS line (see the module's pom): camel-kamelet is not served at 4.22.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KameletsIT extends CamelTestSupport {

    /** A secret with the characters that break naive URI building. */
    private static final String SECRET = "s3cr+t&x=1%20/?";
    private static final String CLIENT = "kamelet-client";
    private static final String ACCOUNT = "100001";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .client(CLIENT, SECRET, ACCOUNT)
            .publishDelay(Duration.ZERO));

    private SfmcSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what a user would put in application.properties, referenced as placeholders by the Kamelet URIs
        Properties properties = new Properties();
        properties.setProperty("sfmc.clientSecret", SECRET);
        properties.setProperty("sfmc.authUrl", sim().authUrl());
        context.getPropertiesComponent().setInitialProperties(properties);
        return context;
    }

    /** The connection part every Kamelet URI of these tests shares: credentials through placeholders. */
    private String connection() {
        return "clientId=" + CLIENT + "&clientSecret=RAW({{sfmc.clientSecret}})&authUrl={{sfmc.authUrl}}&accountId="
                + ACCOUNT;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:setup").toD("sfmc-journey:${header.method}?" + connection());
            }
        };
    }

    @Test
    void entrySinkEntersOneContactWithKeysFromPropertiesOrHeaders() throws Exception {
        createEventDefinition("APIEvent-signup");
        createEventDefinition("APIEvent-order");
        addRoute("direct:enter", "kamelet:sfmc-journey-entry-sink?" + connection()
                + "&eventDefinitionKey=APIEvent-signup&contactKey=fallback-contact");

        Object fromProperties = template.requestBody("direct:enter", "{\"email\": \"ann@example.com\"}");
        Object fromHeaders = template.requestBodyAndHeaders("direct:enter", Map.of("email", "bob@example.com"),
                Map.of("contactKey", "bob", "eventDefinitionKey", "APIEvent-order"));

        List<AcceptedEvent> accepted = sim().acceptedEvents();
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(0).contactKey()).isEqualTo("fallback-contact");
        assertThat(accepted.get(0).eventDefinitionKey()).isEqualTo("APIEvent-signup");
        assertThat(accepted.get(0).data()).containsEntry("email", "ann@example.com");
        assertThat(accepted.get(0).batch()).isFalse();
        assertThat(accepted.get(1).contactKey()).isEqualTo("bob");
        assertThat(accepted.get(1).eventDefinitionKey()).isEqualTo("APIEvent-order");
        assertThat(accepted.get(1).data()).containsEntry("email", "bob@example.com");
        assertThat(((Map<?, ?>) fromProperties).get("eventInstanceId")).isEqualTo(accepted.get(0).eventInstanceId());
        assertThat(((Map<?, ?>) fromHeaders).get("eventInstanceId")).isEqualTo(accepted.get(1).eventInstanceId());
    }

    @Test
    void entrySinkRefusesAMessageWithoutContactKeyOrWithABodyThatIsNoJsonObjectBeforeCallingSfmc()
            throws Exception {
        addRoute("direct:enterBad", "kamelet:sfmc-journey-entry-sink?" + connection()
                + "&eventDefinitionKey=APIEvent-signup");

        Exchange noContact = template.send("direct:enterBad", e -> e.getMessage().setBody("{\"email\": \"x@y\"}"));
        Exchange notJson = template.send("direct:enterBad", e -> {
            e.getMessage().setBody("email=x@y");
            e.getMessage().setHeader("contactKey", "c1");
        });

        assertThat(noContact.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no contactKey").hasMessageContaining("Kamelet property contactKey");
        assertThat(notJson.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the body must be a JSON object");
        assertThat(sim().journal().requestsFor("postInteractionsEvents")).isEmpty();
    }

    @Test
    void batchEntrySinkCollectsSingleContactsIntoAsyncEventsCallsOfAtMostBatchSize() throws Exception {
        createEventDefinition("APIEvent-bulk");
        addRoute("direct:bulk", "kamelet:sfmc-journey-batch-entry-sink?" + connection()
                + "&eventDefinitionKey=APIEvent-bulk&batchSize=5&batchTimeout=50");

        List<CompletableFuture<Object>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(template.asyncRequestBodyAndHeader("direct:bulk", "{\"n\": " + i + "}", "contactKey",
                    "contact-" + i));
        }
        // a member given as the body, without the header
        results.add(template.asyncRequestBody("direct:bulk",
                Map.of("contactKey", "contact-12", "data", Map.of("n", 12))));

        for (int i = 0; i < results.size(); i++) {
            Map<?, ?> result = (Map<?, ?>) results.get(i).get();
            assertThat(result.get("contactKey")).isEqualTo("contact-" + i);
            assertThat(result.get("eventInstanceId")).isNotNull();
        }
        List<AcceptedEvent> accepted = sim().acceptedEvents();
        assertThat(accepted).hasSize(13).allMatch(AcceptedEvent::batch)
                .allMatch(event -> event.eventDefinitionKey().equals("APIEvent-bulk"));
        assertThat(accepted).extracting(AcceptedEvent::contactKey).doesNotHaveDuplicates();
        List<RecordedRequest> calls = sim().journal().requestsFor("postAsyncEvents");
        assertThat(calls).hasSizeBetween(3, 13);
        for (RecordedRequest call : calls) {
            assertThat(JSON.readTree(call.body()).get("members").size()).isBetween(1, 5);
        }
    }

    @Test
    void batchEntrySinkFailsAMessageWithoutAnyContactKey() throws Exception {
        addRoute("direct:bulkBad", "kamelet:sfmc-journey-batch-entry-sink?" + connection()
                + "&eventDefinitionKey=APIEvent-bulk");

        assertThat(org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:bulkBad", "{\"n\": 1}")).getCause())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no contact key");
        assertThat(sim().journal().requestsFor("postAsyncEvents")).isEmpty();
    }

    @Test
    void historySourceEmitsEachRecordOnceAsJson() throws Exception {
        Instant now = Instant.now();
        sim().addHistory(ACCOUNT, List.of(
                new HistoryEntry("ann", "def-1", "Welcome", "a1", "Entry", "Trigger", "Complete", null,
                        now.minusSeconds(120)),
                new HistoryEntry("bob", "def-1", "Welcome", "a2", "Welcome email", "EMAILV2", "Failed", null,
                        now.minusSeconds(60))));
        MockEndpoint history = getMockEndpoint("mock:history");
        history.expectedMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:sfmc-journey-history-source?" + connection() + "&delay=100&lookback=10m&overlap=1m")
                        .routeId("history").to("mock:history");
            }
        });

        history.assertIsSatisfied();
        // later polls re-read the overlap window but do not emit the records again
        await().atMost(Duration.ofSeconds(10)).until(
                () -> sim().journal().requestsFor("searchJourneyHistory").size() >= 3);
        history.assertIsSatisfied();
        JsonNode first = JSON.readTree(history.getExchanges().get(0).getMessage().getBody(String.class));
        JsonNode second = JSON.readTree(history.getExchanges().get(1).getMessage().getBody(String.class));
        assertThat(first.get("contactKey").asText()).isEqualTo("ann");
        assertThat(second.get("contactKey").asText()).isEqualTo("bob");
        assertThat(second.get("status").asText()).isEqualTo("Failed");
        assertThat(second.get("activityType").asText()).isEqualTo("EMAILV2");
        context.getRouteController().stopRoute("history");
    }

    @Test
    void publishStatusSourceEmitsTheOutcomeOfAPublishAsJson() throws Exception {
        createEventDefinition("APIEvent-publish");
        setup("postInteraction", Map.of("key", "kamelet-journey", "name", "Kamelet journey",
                "workflowApiVersion", 1.0,
                "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                        "metaData", Map.of("eventDefinitionKey", "APIEvent-publish"))),
                "activities", List.of(Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT",
                        "outcomes", List.of()))), Map.of());
        Map<?, ?> publish = (Map<?, ?>) setup("publishInteractionByKey", null,
                Map.of("CamelSfmcJourneyKey", "kamelet-journey", "CamelSfmcJourneyVersionNumber", 1));
        String statusId = (String) publish.get("statusId");
        assertThat(statusId).isNotBlank();

        MockEndpoint published = getMockEndpoint("mock:published");
        published.expectedMessageCount(1);
        published.expectedHeaderReceived("CamelSfmcJourneyStatusId", statusId);
        published.expectedHeaderReceived("CamelSfmcJourneyPublishStatus", "PublishCompleted");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:sfmc-journey-publish-status-source?" + connection() + "&statusId=" + statusId
                        + "&delay=100").routeId("published").to("mock:published");
            }
        });

        published.assertIsSatisfied();
        JsonNode result = JSON.readTree(published.getExchanges().get(0).getMessage().getBody(String.class));
        assertThat(result.get("statusId").asText()).isEqualTo(statusId);
        assertThat(result.get("status").asText()).isEqualTo("PublishCompleted");
        context.getRouteController().stopRoute("published");
    }

    private void addRoute(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    private Object setup(String method, Object body, Map<String, Object> headers) {
        Map<String, Object> all = new java.util.HashMap<>(headers);
        all.put("method", method);
        return template.requestBodyAndHeaders("direct:setup", body, all);
    }

    private void createEventDefinition(String key) {
        setup("postEventDefinition", Map.of("type", "APIEvent", "name", "Event " + key, "eventDefinitionKey", key,
                "schema", Map.of("fields", List.of(
                        Map.of("name", "email", "dataType", "EmailAddress", "isNullable", true),
                        Map.of("name", "n", "dataType", "Number", "isNullable", true)))), Map.of());
    }
}

package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

/** Entry events through routes: one contact (/events), a batch (/async/events) and the batch status. */
class EntryEventMethodsIT extends SimulatorTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:fireAndLog")
                        .to("sfmc-journey:postInteractionsEvents")
                        .setBody(simple("entered as ${body[eventInstanceId]} (HTTP ${header.CamelHttpResponseCode})"))
                        .to("mock:logged");
            }
        } };
    }

    @Test
    void postInteractionsEventsSendsThePascalCaseBodyAndAnswersTheInstanceId() throws Exception {
        createEventDefinition("ev-entry");
        MockEndpoint entered = delivered(SfmcJourneyMethod.postInteractionsEvents);
        entered.expectedMessageCount(1);
        entered.expectedHeaderReceived(Exchange.HTTP_RESPONSE_CODE, 201);
        entered.expectedHeaderReceived(SfmcJourneyConstants.METHOD, "postInteractionsEvents");
        entered.message(0).body().isInstanceOf(Map.class);

        template.sendBody("direct:postInteractionsEvents",
                new EntryEvent("contact-1", "ev-entry", Map.of("email", "c1@example.com")));

        entered.assertIsSatisfied();
        Exchange exchange = entered.getReceivedExchanges().get(0);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.postInteractionsEvents);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/events");
        JsonNode sent = JSON.readTree(request.body());
        assertThat(sent.path("ContactKey").asText()).isEqualTo("contact-1");
        assertThat(sent.path("EventDefinitionKey").asText()).isEqualTo("ev-entry");
        assertThat(sent.path("Data").path("email").asText()).isEqualTo("c1@example.com");
        assertThat(status(exchange)).isEqualTo(201);
        String instanceId = (String) asMap(exchange.getMessage().getBody()).get("eventInstanceId");
        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::eventInstanceId).containsExactly(instanceId);
    }

    @Test
    void simpleReadsTheAnswerFieldsDirectly() throws Exception {
        createEventDefinition("ev-simple");
        MockEndpoint logged = getMockEndpoint("mock:logged");
        logged.expectedMessageCount(1);
        logged.message(0).body().endsWith(" (HTTP 201)");

        template.sendBody("direct:fireAndLog", "{\"ContactKey\":\"contact-2\",\"EventDefinitionKey\":\"ev-simple\"}");

        logged.assertIsSatisfied();
        String instanceId = sim().acceptedEvents().get(0).eventInstanceId();
        assertThat(logged.getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .isEqualTo("entered as " + instanceId + " (HTTP 201)");
    }

    @Test
    void postAsyncEventsQueuesABatchAndTheStatusListsIt() throws Exception {
        createEventDefinition("ev-batch");
        Map<String, Object> batch = Map.of("eventDefinitionKey", "ev-batch", "members", List.of(
                Map.of("contactKey", "b-1", "data", Map.of("email", "b1@example.com")),
                Map.of("contactKey", "b-2", "data", Map.of("email", "b2@example.com"))));

        MockEndpoint queued = delivered(SfmcJourneyMethod.postAsyncEvents);
        queued.expectedMessageCount(1);
        queued.expectedHeaderReceived(SfmcJourneyConstants.METHOD, "postAsyncEvents");
        queued.message(0).header(SfmcJourneyConstants.REQUEST_IDS).isNotNull();

        template.sendBody("direct:postAsyncEvents", batch);

        queued.assertIsSatisfied();
        Exchange exchange = queued.getReceivedExchanges().get(0);

        RecordedRequest request = onlyRequest(SfmcJourneyMethod.postAsyncEvents);
        assertThat(request.verb()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/interaction/v1/async/events");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.valueToTree(batch));
        Map<String, Object> answer = asMap(exchange.getMessage().getBody());
        assertThat(answer).containsEntry("count", 2).containsEntry("notQueuedCount", 0);
        String requestId = (String) answer.get("requestId");

        Exchange status = callUri("sfmc-journey:getAsyncEventsStatus?requestId=" + requestId
                                  + "&type=processed&page=1&pageSize=10", null);

        RecordedRequest statusRequest = onlyRequest(SfmcJourneyMethod.getAsyncEventsStatus);
        assertThat(statusRequest.verb()).isEqualTo("GET");
        assertThat(statusRequest.rawPath()).isEqualTo("/interaction/v1/async/events/status");
        assertThat(statusRequest.query()).containsEntry("requestId", List.of(requestId))
                .containsEntry("type", List.of("processed")).containsEntry("$page", List.of("1"))
                .containsEntry("$pageSize", List.of("10"));
        Map<String, Object> page = asMap(status.getMessage().getBody());
        assertThat(page.get("count")).isEqualTo(2);
        assertThat(asList(page.get("items"))).extracting(item -> item.get("contactKey"))
                .containsExactlyInAnyOrder("b-1", "b-2");
    }
}

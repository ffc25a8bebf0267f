package io.sfmcjourney.camel.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One CamelContext per test class against one simulator (reset before each test). The component is configured like
 * a user would, at component level; every API method gets a route
 * {@code direct:<method> -> sfmc-journey:<method> -> mock:<method>}, so tests state what the route delivers with
 * {@link MockEndpoint} expectations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SimulatorTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> builder
            .publishDelay(Duration.ZERO));

    protected SfmcSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SfmcJourneyConfiguration configuration
                = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
        configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
        configuration.setAuthUrl(sim().authUrl());
        configuration.setRetryInitialDelay(5);
        configuration.setRetryMaxDelay(50);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (SfmcJourneyMethod method : SfmcJourneyMethod.values()) {
                    from("direct:" + method.name()).routeId(method.name()).to("sfmc-journey:" + method.name())
                            .to("mock:" + method.name());
                }
            }
        };
    }

    /** One context serves the whole class: each test starts with empty mocks. */
    @BeforeEach
    void resetMocks() {
        MockEndpoint.resetMocks(context);
    }

    /** The mock at the end of the route of {@code method}, reset before each test. */
    protected MockEndpoint delivered(SfmcJourneyMethod method) {
        return getMockEndpoint("mock:" + method.name());
    }

    /** Sends {@code body} with {@code headers} (key/value pairs) through the route of {@code method}. */
    protected Exchange call(SfmcJourneyMethod method, Object body, Object... headers) {
        return callUri("direct:" + method.name(), body, headers);
    }

    /** Like {@link #call} but fails the test when the exchange failed; returns the exchange. */
    protected Exchange ok(SfmcJourneyMethod method, Object body, Object... headers) {
        Exchange exchange = call(method, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError(method + " failed", exchange.getException());
        }
        assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.METHOD)).isEqualTo(method.name());
        return exchange;
    }

    /** The body of a successful call as a JSON object. */
    protected Map<String, Object> okMap(SfmcJourneyMethod method, Object body, Object... headers) {
        return asMap(ok(method, body, headers).getMessage().getBody());
    }

    /** {@code value} (a JSON object of an answer) as a Map. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    /** {@code value} (a JSON array of an answer) as a List of objects. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> asList(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    /** The one request the simulator recorded for {@code method} since the last reset. */
    protected RecordedRequest onlyRequest(SfmcJourneyMethod method) {
        List<RecordedRequest> requests = sim().journal().requestsFor(method.name());
        assertThat(requests).as("requests recorded for " + method).hasSize(1);
        return requests.get(0);
    }

    protected static int status(Exchange exchange) {
        return exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    }

    /** Creates a draft journey of {@code key} through the component and returns its answer. */
    protected Map<String, Object> createJourney(String key) {
        return okMap(SfmcJourneyMethod.postInteraction, Map.of("key", key, "name", "Journey " + key,
                "workflowApiVersion", 1.0));
    }

    /** Creates a journey that validates and publishes: an API event entry listening to {@code eventKey}, one wait. */
    protected Map<String, Object> createPublishableJourney(String key, String eventKey) {
        return okMap(SfmcJourneyMethod.postInteraction, Map.of("key", key, "name", "Journey " + key,
                "workflowApiVersion", 1.0,
                "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                        "metaData", Map.of("eventDefinitionKey", eventKey))),
                "activities", List.of(Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT",
                        "outcomes", List.of()))));
    }

    /** A publishable journey of {@code key} with version 1 published; the journal is cleared. Returns its id. */
    protected String publishedJourney(String key, String eventKey) {
        String id = (String) createPublishableJourney(key, eventKey).get("id");
        String statusId = (String) okMap(SfmcJourneyMethod.publishInteractionById, null,
                SfmcJourneyConstants.ID, id, SfmcJourneyConstants.VERSION_NUMBER, 1).get("statusId");
        okMap(SfmcJourneyMethod.publishStatus, null, SfmcJourneyConstants.ID, statusId);
        sim().journal().clear();
        return id;
    }

    /** The status of the latest version of journey {@code id}, read through the component. */
    protected String journeyStatus(String id) {
        Map<String, Object> journey = asMap(template.requestBodyAndHeader("sfmc-journey:getInteraction", null,
                SfmcJourneyConstants.ID, id));
        return (String) journey.get("status");
    }

    /** Sends {@code body} with {@code headers} to an endpoint URI with its own options. */
    protected Exchange callUri(String uri, Object body, Object... headers) {
        Map<String, Object> headerMap = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put((String) headers[i], headers[i + 1]);
        }
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(headerMap);
        });
    }

    /** Creates an API entry event definition of {@code key} through the component and returns its answer. */
    protected Map<String, Object> createEventDefinition(String key) {
        return okMap(SfmcJourneyMethod.postEventDefinition, Map.of("type", "APIEvent", "name", "Event " + key,
                "eventDefinitionKey", key, "schema", Map.of("fields", List.of(
                        Map.of("name", "email", "dataType", "EmailAddress", "isNullable", true)))));
    }
}

package io.sfmcjourney.camel.builder.endpoint;

import static io.sfmcjourney.camel.builder.endpoint.SfmcJourneyEndpoints.sfmcJourney;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routes written with the generated endpoint builder run against the simulator: a producer route entering contacts
 * and a history consumer route, with options set through typed builder methods (int, boolean, durations as text).
 */
class EndpointDslRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final String EVENT_KEY = "dsl-entry-event";
    private static final Instant RECORDS_AT
            = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    private SfmcSimulator sim() {
        return SIM.simulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SfmcJourneyConfiguration configuration
                = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
        configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        configuration.setAuthUrl(sim().authUrl());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:defineEvent")
                        .to(sfmcJourney("postEventDefinition").accountId(SfmcSimulator.DEMO_ACCOUNT_ID));
                from("direct:enter")
                        .to(sfmcJourney("postInteractionsEvents").accountId(SfmcSimulator.DEMO_ACCOUNT_ID)
                                .advanced().maxRetries(2).retryInitialDelay("5ms").retryMaxDelay(50L))
                        .to("mock:entered");
                from(sfmcJourney("searchJourneyHistory").accountId(SfmcSimulator.DEMO_ACCOUNT_ID)
                        .lookback("1h").splitRecords(true).initialDelay(0).delay(100))
                        .routeId("history").autoStartup(false).to("mock:history");
            }
        };
    }

    @Test
    void aProducerRouteBuiltWithTheBuilderEntersContacts() throws Exception {
        defineEvent();
        MockEndpoint entered = getMockEndpoint("mock:entered");
        entered.expectedMessageCount(3);

        for (int i = 0; i < 3; i++) {
            template.requestBody("direct:enter", new EntryEvent("entered-" + i, EVENT_KEY, Map.of()));
        }

        entered.assertIsSatisfied();
        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .containsExactly("entered-0", "entered-1", "entered-2");
    }

    @Test
    void aConsumerRouteBuiltWithTheBuilderReadsTheHistory() throws Exception {
        MockEndpoint history = getMockEndpoint("mock:history");
        history.expectedMessageCount(5);
        history.setResultWaitTime(Duration.ofSeconds(30).toMillis());
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(new HistoryEntry("dsl-contact-" + i, "def-dsl", "DSL journey", "act-email", "Email",
                    "EMAILV2", "Complete", null, RECORDS_AT.plusSeconds(i)));
        }
        sim().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);

        context.getRouteController().startRoute("history");

        history.assertIsSatisfied();
        assertThat(history.getExchanges()).extracting(exchange -> exchange.getMessage()
                .getBody(HistoryRecord.class).getContactKey())
                .containsExactly("dsl-contact-0", "dsl-contact-1", "dsl-contact-2", "dsl-contact-3", "dsl-contact-4");
    }

    @Test
    void theBuilderResolvesToAConfiguredEndpoint() {
        SfmcJourneyEndpoint endpoint = (SfmcJourneyEndpoint) sfmcJourney("postInteractionsEvents")
                .accountId("200002").waitForPublish(true).advanced().maxRetries(7).retryMaxDelay("2s")
                .resolve(context);

        assertThat(endpoint.getConfiguration().getAccountId()).isEqualTo("200002");
        assertThat(endpoint.getOptions().isWaitForPublish()).isTrue();
        assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(7);
        assertThat(endpoint.getConfiguration().getRetryMaxDelay()).isEqualTo(2000L);
    }

    @Test
    void aRouteBuilderImplementingTheBuildersInterfaceCallsTheEntryPointsUnqualified() throws Exception {
        context.addRoutes(new EntryRoutes());

        defineEvent();
        template.requestBody("direct:unqualified", new EntryEvent("unqualified-1", EVENT_KEY, Map.of()));

        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("unqualified-1");
    }

    private void defineEvent() {
        template.requestBody("direct:defineEvent", Map.of("type", "APIEvent", "name", "DSL event",
                "eventDefinitionKey", EVENT_KEY, "schema", Map.of("fields", List.of(
                        Map.of("name", "email", "dataType", "EmailAddress", "isNullable", true)))));
    }

    /** Uses {@code sfmcJourney(...)} without a static import. */
    static class EntryRoutes extends RouteBuilder implements SfmcJourneyEndpointBuilderFactory.SfmcJourneyBuilders {
        @Override
        public void configure() {
            from("direct:unqualified").to(sfmcJourney("postInteractionsEvents")
                    .accountId(SfmcSimulator.DEMO_ACCOUNT_ID));
        }
    }

    @Test
    void aComponentRegisteredUnderAnotherNameIsReachedByName() {
        SfmcJourneyComponent bu2 = new SfmcJourneyComponent();
        bu2.getConfiguration().setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        bu2.getConfiguration().setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        bu2.getConfiguration().setAuthUrl(sim().authUrl());
        context.addComponent("sfmc-bu2", bu2);

        assertThat(sfmcJourney("sfmc-bu2", "getInteractionCollection").resolve(context).getEndpointUri())
                .startsWith("sfmc-bu2:");
    }
}

package io.sfmcjourney.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.event.ExchangeCompletedEvent;
import org.apache.camel.main.Main;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Camel JBang recipe ({@code jbang/enter-contact.camel.yaml} with its {@code application.properties}) run as it
 * is by Camel Main against the simulator; only the connection and the event definition key are overridden, as the
 * environment variables would set them for {@code camel run}.
 */
class JBangRecipeTest {

    private static final String EVENT_KEY = "APIEvent-recipe";

    private final SfmcSimulator simulator = SfmcSimulator.builder().start();
    private final Main main = new Main();

    @AfterEach
    void stop() {
        main.stop();
        simulator.close();
    }

    @Test
    void theRecipeEntersItsContactAndLogsTheJourneyHistory() throws Exception {
        createEventDefinition();
        // older than the consumer's lag (60 s): the first poll's window holds it
        simulator.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, new HistoryEntry("recipe-contact-1", "def-1", "Welcome",
                "a1", "Entry", "Trigger", "Complete", null, Instant.now().minusSeconds(300)));
        AtomicInteger historyRecords = new AtomicInteger();

        main.configure().withRoutesIncludePattern("file:jbang/enter-contact.camel.yaml");
        main.setPropertyPlaceholderLocations("file:jbang/application.properties");
        Map<String, String> target = SfmcTarget.simulator(simulator).properties();
        main.addOverrideProperty("camel.component.sfmc-journey.client-id", "{{sfmc.client-id}}");
        main.addOverrideProperty("camel.component.sfmc-journey.client-secret", "{{sfmc.client-secret}}");
        // the simulator has no subdomain: an empty placeholder value leaves the option unset, the token URL is given
        main.addOverrideProperty("camel.component.sfmc-journey.subdomain", "{{sfmc.subdomain}}");
        main.addOverrideProperty("camel.component.sfmc-journey.auth-url", "{{sfmc.auth-url}}");
        target.forEach(main::addOverrideProperty);
        main.addOverrideProperty("recipe.event-definition-key", EVENT_KEY);
        main.addOverrideProperty("recipe.history-poll-interval", "100");
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport support) {
                support.getCamelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                    @Override
                    public void notify(CamelEvent event) {
                        if (event instanceof ExchangeCompletedEvent completed
                                && "follow-history".equals(completed.getExchange().getFromRouteId())
                                && completed.getExchange().getException() == null) {
                            historyRecords.incrementAndGet();
                        }
                    }
                });
            }
        });
        main.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> !simulator.acceptedEvents().isEmpty()
                && historyRecords.get() >= 1);
        List<AcceptedEvent> accepted = simulator.acceptedEvents();
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).contactKey()).isEqualTo("recipe-contact-1");
        assertThat(accepted.get(0).eventDefinitionKey()).isEqualTo(EVENT_KEY);
        assertThat(accepted.get(0).data()).containsEntry("EmailAddress", "recipe-contact-1@example.com");
        assertThat(simulator.journal().requestsFor("searchJourneyHistory")).isNotEmpty();
    }

    private void createEventDefinition() throws Exception {
        try (CamelContext setup = new DefaultCamelContext()) {
            setup.start();
            setup.createProducerTemplate().requestBody("sfmc-journey:postEventDefinition?clientId="
                    + SfmcSimulator.DEMO_CLIENT_ID + "&clientSecret=" + SfmcSimulator.DEMO_CLIENT_SECRET + "&authUrl="
                    + simulator.authUrl(), Map.of("type", "APIEvent", "name", "Recipe", "eventDefinitionKey",
                    EVENT_KEY, "schema", Map.of("fields", List.of(Map.of("name", "EmailAddress",
                    "dataType", "EmailAddress", "isNullable", true)))));
        }
    }
}

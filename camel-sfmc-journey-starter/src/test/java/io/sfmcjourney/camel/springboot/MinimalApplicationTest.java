package io.sfmcjourney.camel.springboot;

import static io.sfmcjourney.camel.springboot.StarterSimulator.SIM;
import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.springboot.app.EventRoutes;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import io.sfmcjourney.simulator.AcceptedEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A plain application with only the starter and the three properties of the test resource application.yaml
 * (client-id, client-secret from the environment, auth-url) fires an entry event into the simulator.
 */
@SpringBootTest(classes = SfmcEventsApplication.class)
class MinimalApplicationTest {

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Test
    void theThreePropertiesReachTheComponent() {
        SfmcJourneyComponent component = camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class);

        assertThat(component.getConfiguration().getClientId()).isEqualTo(StarterSimulator.CLIENT_ID);
        assertThat(component.getConfiguration().getClientSecret()).isEqualTo(StarterSimulator.clientSecret());
        assertThat(component.getConfiguration().getAuthUrl()).isEqualTo(SIM.authUrl());
    }

    @Test
    void aRouteFiresAnEntryEventIntoTheSimulator() {
        EntryEvents.createDefinition(template, "sfmc-journey", "", "starter-minimal");

        template.sendBody(EventRoutes.FIRE_EVENT, EntryEvents.event("contact-minimal-1", "starter-minimal"));

        assertThat(SIM.acceptedEvents())
                .filteredOn(event -> event.contactKey().equals("contact-minimal-1"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.eventDefinitionKey()).isEqualTo("starter-minimal");
                    assertThat(event.data()).containsEntry("Email", "contact-minimal-1@example.invalid");
                });
        assertThat(SIM.counters().tokenRequests(StarterSimulator.CLIENT_ID, StarterSimulator.ACCOUNT_ID)).isPositive();
    }
}

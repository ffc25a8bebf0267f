package io.sfmcjourney.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.sfmcjourney.examples.support.SfmcTarget;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code OrdersApplication cleanup} against the simulator: deletes the event definition, and is safe to repeat. */
class OrdersCleanupTest {

    private final SfmcSimulator simulator = SfmcSimulator.builder().start();

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void cleanupDeletesTheEventDefinitionTheServiceCreatedAndCanBeRepeated() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            camel.createProducerTemplate().requestBody("sfmc-journey:postEventDefinition?clientId="
                    + SfmcSimulator.DEMO_CLIENT_ID + "&clientSecret=" + SfmcSimulator.DEMO_CLIENT_SECRET
                    + "&authUrl=" + simulator.authUrl(), getClass().getResourceAsStream("/order-placed-event.json"));
        }

        List<String> first = OrdersApplication.cleanup(SfmcTarget.simulator(simulator),
                OrdersApplication.EVENT_DEFINITION_KEY);
        List<String> again = OrdersApplication.cleanup(SfmcTarget.simulator(simulator),
                OrdersApplication.EVENT_DEFINITION_KEY);

        assertThat(first).startsWith("Event definition order-placed: deleted");
        assertThat(again).startsWith("Event definition order-placed: not found, nothing to remove");
        assertThat(simulator.counters().calls("deleteEventDefinitionByKey")).isEqualTo(2);
    }
}

package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.actuate.endpoint.MetricsEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the starter and the actuator, the component records into the application's MeterRegistry (found in the Camel
 * registry, which sees the Spring context): its meters are listed by the actuator's metrics endpoint
 * ({@code /actuator/metrics}, called here through its operations) with the same figures the dev console shows.
 */
@SpringBootTest(classes = SfmcEventsApplication.class,
                properties = "management.endpoints.web.exposure.include=health,metrics")
class MetricsTest {

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    MeterRegistry meterRegistry;

    @Autowired
    MetricsEndpoint metricsEndpoint;

    @Test
    void theCallsShowAtTheActuatorMetricsEndpointAndInTheDevConsole() {
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);
        template.requestBody("sfmc-journey:getEventDefinitionCollection", (Object) null);

        assertThat(metricsEndpoint.listNames().getNames()).contains("sfmc.journey.calls", "sfmc.journey.token.requests",
                "sfmc.journey.token.expiry");
        MetricsEndpoint.MetricDescriptor calls = metricsEndpoint.metric("sfmc.journey.calls",
                List.of("method:getEventDefinitionCollection", "outcome:success", "status:200"));
        assertThat(calls).isNotNull();
        double count = calls.getMeasurements().stream().filter(sample -> "COUNT".equals(sample.getStatistic().name()))
                .findFirst().orElseThrow().getValue();
        assertThat(count).isEqualTo(2.0);
        assertThat(calls.getAvailableTags()).extracting(MetricsEndpoint.AvailableTag::getTag)
                .contains("component");

        SfmcJourneyComponent component = camelContext.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        assertThat(component.getMetrics().figures()).isNotEmpty();
        DevConsole console = PluginHelper.getDevConsoleResolver(camelContext).resolveDevConsole("sfmc-journey");
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        JsonObject consoleCalls = ((JsonArray) json.get("meters")).stream().map(JsonObject.class::cast)
                .filter(meter -> "sfmc.journey.calls".equals(meter.getString("name"))
                                 && "getEventDefinitionCollection".equals(meter.getMap("tags").get("method")))
                .findFirst().orElseThrow();
        assertThat(((Number) consoleCalls.getMap("values").get("count")).doubleValue()).isEqualTo(count);
        assertThat(meterRegistry.get("sfmc.journey.calls").tags("method", "getEventDefinitionCollection").timer()
                .count()).isEqualTo(2);
    }
}

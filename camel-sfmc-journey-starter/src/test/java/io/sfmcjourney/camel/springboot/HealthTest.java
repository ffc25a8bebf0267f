package io.sfmcjourney.camel.springboot;

import static io.sfmcjourney.camel.springboot.StarterSimulator.BU2_CLIENT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.CLIENT_ID;
import static io.sfmcjourney.camel.springboot.StarterSimulator.SIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.springboot.app.SfmcEventsApplication;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The component's producer health check, seen through Camel's health API and the actuator's {@code camelHealth}
 * indicator: UP with good credentials, DOWN when the token endpoint refuses the credentials or cannot be reached, and
 * never a secret in the details. Three instances side by side, told apart by the client id in the details:
 * {@code sfmc-journey} (good), {@code sfmc-journey-wrong} (a known client with a wrong secret) and
 * {@code sfmc-journey-unreachable} (nothing listens on its token URL).
 */
@SpringBootTest(classes = {SfmcEventsApplication.class, HealthTest.Instances.class},
                properties = {"camel.health.producers-enabled=true", "camel.health.exposure-level=full",
                              "management.endpoint.health.show-details=always",
                              "sfmc.wrong.client-id=" + BU2_CLIENT_ID,
                              "sfmc.wrong.client-secret=" + HealthTest.WRONG_SECRET,
                              "sfmc.unreachable.client-id=" + HealthTest.UNREACHABLE_CLIENT_ID,
                              "sfmc.unreachable.client-secret=" + HealthTest.WRONG_SECRET,
                              "sfmc.unreachable.max-retries=0"})
class HealthTest {

    static final String WRONG_SECRET = "wrong-secret-value-91ab";
    static final String UNREACHABLE_CLIENT_ID = "unreachable-client";
    /** camel-spring-boot's health indicator, as the actuator names it. */
    static final String CAMEL_INDICATOR = "camelHealth";

    /** The two failing instances and a route per instance, so each has a started producer. */
    @Configuration(proxyBeanMethods = false)
    static class Instances {

        @Bean("sfmc-journey-wrong")
        SfmcJourneyComponent wrongCredentials(SfmcJourneyComponentFactory factory) {
            return factory.create("sfmc.wrong");
        }

        @Bean("sfmc-journey-unreachable")
        SfmcJourneyComponent unreachable(SfmcJourneyComponentFactory factory) {
            return factory.create("sfmc.unreachable");
        }

        @Bean
        RouteBuilder healthRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:health-good").to("sfmc-journey:getEventDefinitionCollection");
                    from("direct:health-wrong").to("sfmc-journey-wrong:getEventDefinitionCollection");
                    from("direct:health-unreachable").to("sfmc-journey-unreachable:getEventDefinitionCollection");
                }
            };
        }
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        StarterSimulator.register(registry);
        registry.add("sfmc.wrong.auth-url", SIM::authUrl);
        registry.add("sfmc.unreachable.auth-url", () -> "http://127.0.0.1:" + closedPort() + "/v2/token");
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    HealthEndpoint healthEndpoint;

    @Test
    void camelHealthApiReportsEachInstance() {
        Collection<HealthCheck.Result> results = sfmcResults();

        assertThat(resultFor(results, CLIENT_ID).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(resultFor(results, BU2_CLIENT_ID).getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(resultFor(results, UNREACHABLE_CLIENT_ID).getState()).isEqualTo(HealthCheck.State.DOWN);
    }

    @Test
    void healthDetailsNeverShowASecret() {
        String details = sfmcResults().stream()
                .map(result -> result.getCheck().getId() + result.getDetails() + result.getMessage().orElse("")
                               + result.getError().map(Throwable::toString).orElse(""))
                .reduce("", String::concat);

        assertThat(details).doesNotContain(StarterSimulator.clientSecret()).doesNotContain(WRONG_SECRET);
    }

    @Test
    void actuatorHealthIsDownWithTheFailingChecksListed() {
        HealthDescriptor health = healthEndpoint.health();
        IndicatedHealthDescriptor camel = camelIndicator(health);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(camel.getStatus()).isEqualTo(Status.DOWN);
        assertThat(camel.getDetails()).containsValue("DOWN").containsValue("UP");
        assertThat(String.valueOf(camel.getDetails()))
                .doesNotContain(StarterSimulator.clientSecret()).doesNotContain(WRONG_SECRET);
    }

    private Collection<HealthCheck.Result> sfmcResults() {
        List<HealthCheck.Result> results = HealthCheckHelper.invoke(camelContext).stream()
                .filter(result -> result.getCheck().getClass().getPackageName().startsWith("io.sfmcjourney"))
                .toList();
        assertThat(results).as("health checks of the sfmc-journey component (io.sfmcjourney.camel)").isNotEmpty();
        return results;
    }

    private static HealthCheck.Result resultFor(Collection<HealthCheck.Result> results, String clientId) {
        return results.stream()
                .filter(result -> result.getDetails().containsValue(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no health check result for " + clientId + " in "
                                                                  + results.stream().map(r -> r.getCheck().getId())
                                                                          .toList()));
    }

    private static IndicatedHealthDescriptor camelIndicator(HealthDescriptor health) {
        Map<String, HealthDescriptor> components = ((CompositeHealthDescriptor) health).getComponents();
        assertThat(components).as("actuator health components").containsKey(CAMEL_INDICATOR);
        return (IndicatedHealthDescriptor) components.get(CAMEL_INDICATOR);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.sfmcjourney.camel.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import io.sfmcjourney.camel.health.SfmcJourneyProducerHealthCheck;
import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.camel.testsupport.HealthChecks;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The producer health check and the dev console, against the simulator. */
class HealthAndConsoleTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(b -> { });

    private static final RouteBuilder ROUTE = new RouteBuilder() {
        @Override
        public void configure() {
            from("direct:events").routeId("events").to("sfmc-journey:discovery");
        }
    };

    @Test
    void upWhenATokenCanBeObtainedAndACachedTokenCounts() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim.authUrl(), SfmcSimulator.DEMO_CLIENT_SECRET, c -> { }, ROUTE)) {
            HealthCheck check = onlyCheck(camel);

            HealthCheck.Result first = check.call();
            HealthCheck.Result second = check.call();

            assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(first.getDetails()).containsEntry(SfmcJourneyProducerHealthCheck.AUTH_URL, sim.authUrl())
                    .containsEntry(SfmcJourneyProducerHealthCheck.CLIENT_ID, SfmcSimulator.DEMO_CLIENT_ID);
            assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(sim.counters().tokenRequests()).as("the second check used the cached token").isEqualTo(1);
        }
    }

    @Test
    void downWithStatusAndSfmcErrorWhenTheCredentialsAreRefused() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim.authUrl(), "wrong-secret-123", c -> { }, ROUTE)) {
            HealthCheck.Result result = onlyCheck(camel).call();

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401)
                    .containsEntry(SfmcJourneyProducerHealthCheck.AUTH_URL, sim.authUrl())
                    .containsKey(SfmcJourneyProducerHealthCheck.SFMC_ERROR);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401 invalid_client"));
        }
    }

    @Test
    void theCheckIsReadinessOnlySoAnSfmcFailureNeverFailsLiveness() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim.authUrl(), "wrong-secret-123", c -> { }, ROUTE)) {
            HealthCheck check = onlyCheck(camel);

            assertThat(check.isReadiness()).isTrue();
            assertThat(check.isLiveness()).isFalse();
            assertThat(HealthCheckHelper.invokeReadiness(camel.context())).extracting(r -> r.getCheck().getId())
                    .contains(check.getId());
            assertThat(HealthCheckHelper.invokeLiveness(camel.context())).extracting(r -> r.getCheck().getId())
                    .doesNotContain(check.getId());
        }
    }

    @Test
    void probesOfRefusedCredentialsAreBackedOffNotOneTokenRequestEach() {
        SfmcSimulator sim = SIM.simulator();
        long before = sim.counters().tokenRequests();
        try (CamelHarness camel = CamelHarness.start(sim.authUrl(), "wrong-secret-123", c -> { }, ROUTE)) {
            HealthCheck check = onlyCheck(camel);
            long start = System.nanoTime();
            List<HealthCheck.Result> results = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(check.call());
            }
            double elapsedSeconds = (System.nanoTime() - start) / 1e9;

            assertThat(results).allSatisfy(r -> {
                assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(r.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
            });
            // back-off 1 s, 2 s, 4 s, ...: requests start at 0, 1, 3, 7, ... s, so at most 1 + log2(elapsed + 1)
            long bound = 1 + (long) Math.floor(Math.log(elapsedSeconds + 1) / Math.log(2));
            assertThat(sim.counters().tokenRequests() - before).isBetween(1L, bound);
        }
    }

    @Test
    void downWhenTheTokenEndpointCannotBeReached() throws IOException {
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/v2/token";
        }
        try (CamelHarness camel = CamelHarness.start(closed, "any-secret", c -> c.getConfiguration().setMaxRetries(0),
                ROUTE)) {
            HealthCheck.Result result = onlyCheck(camel).call();

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("SFMC token request to " + closed + " failed"));
            assertThat(result.getError()).isPresent();
        }
    }

    @Test
    void componentOptionDisablesTheCheckAndStoppingTheRouteRemovesIt() throws Exception {
        try (CamelHarness camel = CamelHarness.start(SIM.simulator().authUrl(), SfmcSimulator.DEMO_CLIENT_SECRET,
                c -> c.setHealthCheckProducerEnabled(false), ROUTE)) {
            assertThat(onlyCheck(camel).isEnabled()).isFalse();

            camel.context().getRouteController().stopRoute("events");

            assertThat(HealthChecks.sfmcProducerChecks(camel.context())).isEmpty();
        }
    }

    @Test
    void devConsoleShowsTokenStateAndBaseUrls() {
        SfmcSimulator sim = SIM.simulator();
        try (CamelHarness camel = CamelHarness.start(sim.authUrl(), SfmcSimulator.DEMO_CLIENT_SECRET, c -> { }, ROUTE)) {
            camel.template().requestBody("direct:events", (Object) null);
            DevConsole console = PluginHelper.getDevConsoleResolver(camel.context()).resolveDevConsole("sfmc-journey");

            String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());

            assertThat(text).contains("Client id: " + SfmcSimulator.DEMO_CLIENT_ID)
                    .contains("Auth URL: " + sim.authUrl()).contains("Token requests: 1 (failed: 0)")
                    .contains("Endpoint: sfmc-journey://discovery").contains("REST base URL: " + sim.baseUrl());
            List<?> managers = (List<?>) json.get("tokenManagers");
            assertThat(managers).singleElement().satisfies(m -> assertThat(asMap(m))
                    .containsEntry("clientId", SfmcSimulator.DEMO_CLIENT_ID).containsEntry("tokenRequests", 1L)
                    .containsKeys("tokenValidUntil", "lastRefresh").doesNotContainKey("lastError"));
            assertThat((List<?>) json.get("endpoints")).singleElement().satisfies(e -> assertThat(asMap(e))
                    .containsEntry("method", "discovery").containsEntry("restBaseUrl", sim.baseUrl()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    private static HealthCheck onlyCheck(CamelHarness camel) {
        List<HealthCheck> checks = HealthChecks.sfmcProducerChecks(camel.context());
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }
}

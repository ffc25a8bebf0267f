package io.sfmcjourney.examples.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.sfmcjourney.simulator.SfmcSimulator;
import org.junit.jupiter.api.Test;

class SfmcTargetTest {

    private final AtomicInteger simulatorsStarted = new AtomicInteger();

    private SfmcSimulator startSimulator() {
        simulatorsStarted.incrementAndGet();
        return SfmcSimulator.builder().start();
    }

    @Test
    void withoutCredentialsStartsTheSimulatorAndLogsInAsItsDemoPackage() {
        try (SfmcTarget target = SfmcTarget.fromEnvironment(Map.of(), this::startSimulator)) {
            assertThat(target.isSimulator()).isTrue();
            assertThat(simulatorsStarted).hasValue(1);
            Map<String, String> properties = target.properties();
            assertThat(properties).containsEntry("sfmc.client-id", SfmcSimulator.DEMO_CLIENT_ID)
                    .containsEntry("sfmc.client-secret", SfmcSimulator.DEMO_CLIENT_SECRET)
                    .containsEntry("sfmc.subdomain", "").containsEntry("sfmc.account-id", "");
            assertThat(properties.get("sfmc.auth-url")).startsWith("http://127.0.0.1:")
                    .endsWith("/v2/token");
            assertThat(target.banner()).startsWith("Using the embedded SFMC simulator at http://127.0.0.1:");
        }
    }

    @Test
    void withCredentialsUsesTheTenantWithoutStartingASimulatorOrPrintingTheSecret() {
        Map<String, String> env = Map.of("SFMC_CLIENT_ID", "abcdefgh1234", "SFMC_CLIENT_SECRET", "s3cr3t-value",
                "SFMC_SUBDOMAIN", "mc123-tenant", "SFMC_ACCOUNT_ID", "514000123");
        try (SfmcTarget target = SfmcTarget.fromEnvironment(env, this::startSimulator)) {
            assertThat(target.isSimulator()).isFalse();
            assertThat(simulatorsStarted).hasValue(0);
            assertThat(target.properties())
                    .containsEntry("sfmc.client-id", "abcdefgh1234")
                    .containsEntry("sfmc.client-secret", "s3cr3t-value")
                    .containsEntry("sfmc.subdomain", "mc123-tenant")
                    .containsEntry("sfmc.account-id", "514000123")
                    .containsEntry("sfmc.auth-url", "");
            assertThat(target.banner()).contains("real SFMC", "mc123-tenant", "514000123", "abcd****")
                    .doesNotContain("s3cr3t-value", "abcdefgh1234");
            assertThat(target.toString()).doesNotContain("s3cr3t-value");
        }
    }

    @Test
    void accountIdIsOptional() {
        Map<String, String> env = Map.of("SFMC_CLIENT_ID", "id", "SFMC_CLIENT_SECRET", "secret",
                "SFMC_SUBDOMAIN", "tenant");
        try (SfmcTarget target = SfmcTarget.fromEnvironment(env, this::startSimulator)) {
            assertThat(target.properties()).containsEntry("sfmc.account-id", "");
            assertThat(target.banner()).contains("the package's own business unit");
        }
    }

    @Test
    void partialCredentialsAreRefusedRatherThanSilentlySimulated() {
        Map<String, String> env = Map.of("SFMC_CLIENT_ID", "id", "SFMC_SUBDOMAIN", " ");
        assertThatThrownBy(() -> SfmcTarget.fromEnvironment(env, this::startSimulator))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing: SFMC_CLIENT_SECRET, SFMC_SUBDOMAIN");
        assertThat(simulatorsStarted).hasValue(0);
    }

    @Test
    void aSimulatorStartedByTheCallerIsNotStoppedOnClose() {
        try (SfmcSimulator simulator = SfmcSimulator.builder().start()) {
            SfmcTarget.simulator(simulator).close();
            assertThat(simulator.baseUrl()).isNotNull();
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", simulator.port())) {
                assertThat(socket.isConnected()).isTrue();
            } catch (java.io.IOException e) {
                throw new AssertionError("the simulator was stopped", e);
            }
        }
    }
}

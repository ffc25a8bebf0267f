package io.sfmcjourney.simulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.simulator.SfmcSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SfmcSimulatorExtensionTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static int token(SfmcSimulator simulator) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(simulator.authUrl()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                        + SfmcSimulator.DEMO_CLIENT_ID + "\",\"client_secret\":\"" + SfmcSimulator.DEMO_CLIENT_SECRET
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class RegisteredWithACustomizer {

        @RegisterExtension
        static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> b
                .tokenLifetime(Duration.ofMinutes(5)).client("ext-client", "ext-secret", "400001"));

        @Test
        @Order(1)
        void injectsTheRunningSimulator(SfmcSimulator simulator) throws Exception {
            assertThat(simulator).isSameAs(extension.simulator());
            assertThat(token(simulator)).isEqualTo(200);
            assertThat(simulator.counters().tokenRequests()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void resetsStateBeforeEachTest(SfmcSimulator simulator) {
            assertThat(simulator.counters().tokenRequests()).isZero();
            assertThat(simulator.journal().requests()).isEmpty();
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class KeepingState {

        @RegisterExtension
        static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(b -> { }).withoutResetBeforeEach();

        @Test
        @Order(1)
        void first(SfmcSimulator simulator) throws Exception {
            assertThat(token(simulator)).isEqualTo(200);
        }

        @Test
        @Order(2)
        void second(SfmcSimulator simulator) {
            assertThat(simulator.counters().tokenRequests()).isEqualTo(1);
        }
    }

    @Nested
    @ExtendWith(SfmcSimulatorExtension.class)
    class Declarative {

        @Test
        void resolvesParameters(SfmcSimulator simulator) throws Exception {
            assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(token(simulator)).isEqualTo(200);
        }
    }

    @Test
    void accessorOutsideALifecycleFails() {
        SfmcSimulatorExtension idle = SfmcSimulatorExtension.create(b -> { });

        org.assertj.core.api.Assertions.assertThatThrownBy(idle::simulator).isInstanceOf(IllegalStateException.class);
    }
}

package io.sfmcjourney.camel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.SfmcCallTimeoutException;
import io.sfmcjourney.camel.testsupport.CamelHarness;
import io.sfmcjourney.camel.testsupport.TrickleServer;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that stops answering, answers slowly or trickles its answer makes the call fail within the configured
 * timeouts, with a failure naming the timeout, and leaves no thread behind.
 */
class CallTimeoutsTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(b -> { });

    private static final String EVENT = "sfmc-journey:postInteractionsEvents";
    private static final String DISCOVERY = "sfmc-journey:discovery";

    /** The responseTimeout against stalls; generous so that only the stalled call, not its token request, hits it. */
    private static final int STALL_TIMEOUT = 1_500;
    /** The callTimeout against a trickle of 500 bytes at 40 bytes/s. */
    private static final int CALL_TIMEOUT = 1_000;

    private SfmcSimulator sim;
    private Set<String> threadsBefore;

    @BeforeEach
    void rememberThreads() {
        sim = SIM.simulator();
        threadsBefore = liveThreads();
    }

    @AfterEach
    void noThreadLeaks() {
        sim.faults().clear();
        sim.reset();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(liveThreads())
                .as("threads started by the test and still alive").isSubsetOf(threadsBefore));
    }

    @Test
    void stalledPostFailsWithAReadTimeoutAndIsNotReplayed() {
        try (CamelHarness camel = camel(c -> c.setResponseTimeout(STALL_TIMEOUT))) {
            createDefinition(camel);
            sim.faults().stallNext(1);

            Exchange exchange = camel.send(EVENT, event("stalled"), Map.of());

            assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> {
                assertThat(e.getMethod()).isEqualTo("postInteractionsEvents");
                assertThat(e.getPath()).isEqualTo("/interaction/v1/events");
                assertThat(e.getFailure()).isInstanceOf(SocketTimeoutException.class);
            });
            assertThat(sim.journal().requestsFor("postInteractionsEvents")).hasSize(1);
        }
    }

    @Test
    void stalledGetIsRetriedThenFailsWithAReadTimeout() {
        try (CamelHarness camel = camel(c -> {
            c.setResponseTimeout(STALL_TIMEOUT);
            c.getConfiguration().setMaxRetries(1);
        })) {
            sim.faults().onlyFor("discovery").stallNext(2);

            Exchange exchange = camel.send(DISCOVERY, null, Map.of());

            assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                    e -> assertThat(e.getFailure()).isInstanceOf(SocketTimeoutException.class));
            assertThat(sim.journal().requestsFor("discovery")).hasSize(2);
        }
    }

    @Test
    void slowAnswerFailsTheCallWhileTheServerStillProcessesIt() {
        try (CamelHarness camel = camel(c -> c.setResponseTimeout(STALL_TIMEOUT))) {
            createDefinition(camel);
            sim.faults().onlyFor("postInteractionsEvents").latency(Duration.ofMillis(STALL_TIMEOUT * 3));

            Exchange exchange = camel.send(EVENT, event("slow"), Map.of());

            assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                    e -> assertThat(e.getFailure()).isInstanceOf(SocketTimeoutException.class));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.acceptedEvents())
                    .as("why such a failure is ambiguous: SFMC accepted the event after the client gave up")
                    .anyMatch(e -> e.contactKey().equals("slow")));
        }
    }

    @Test
    void tricklingAnswerFailsOnCallTimeoutAndDropsTheConnection() throws Exception {
        try (TrickleServer trickle = TrickleServer.start(500, Duration.ofMillis(25));
             CamelHarness camel = camel(c -> {
                 c.setResponseTimeout(5_000);
                 c.setCallTimeout(CALL_TIMEOUT);
                 c.getConfiguration().setMaxRetries(0);
                 c.getConfiguration().setRestUrl(trickle.url());
             })) {
            Exchange exchange = camel.send(DISCOVERY, null, Map.of());

            assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                    e -> assertThat(e.getFailure()).isInstanceOf(SfmcCallTimeoutException.class)
                            .hasMessageContaining("callTimeout=" + CALL_TIMEOUT + " ms"));
            assertThat(trickle.completed()).as("the client did not read the rest of the answer").isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> trickle.aborted() == 1);
        }
    }

    @Test
    void tricklingAnswerOfAPostIsAmbiguous() throws Exception {
        try (TrickleServer trickle = TrickleServer.start(500, Duration.ofMillis(25));
             CamelHarness camel = camel(c -> {
                 c.setCallTimeout(CALL_TIMEOUT);
                 c.getConfiguration().setRestUrl(trickle.url());
             })) {
            Exchange exchange = camel.send(EVENT, event("trickled"), Map.of());

            assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcOutcomeUnknownException.class,
                    e -> assertThat(e.getFailure()).isInstanceOf(SfmcCallTimeoutException.class));
            assertThat(trickle.completed()).isZero();
        }
    }

    private CamelHarness camel(Consumer<SfmcJourneyComponent> setup) {
        return CamelHarness.start(sim, setup);
    }

    private static void createDefinition(CamelHarness camel) {
        camel.template().requestBody("sfmc-journey:postEventDefinition", Map.of("type", "APIEvent",
                "name", "Timeouts", "eventDefinitionKey", "timeouts",
                "dataExtensionId", "1c8064d5-6502-ef11-a5c8-5cba2c702db8"));
    }

    private static Map<String, Object> event(String contactKey) {
        return Map.of("ContactKey", contactKey, "EventDefinitionKey", "timeouts");
    }

    /** Live threads other than the simulator's and the JDK's HTTP server's (they belong to the fixtures). */
    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> !name.startsWith("sfmc-simulator-") && !name.startsWith("HTTP-Dispatcher")
                                && !name.startsWith("pool-") && !name.startsWith("awaitility"))
                .collect(Collectors.toSet());
    }
}

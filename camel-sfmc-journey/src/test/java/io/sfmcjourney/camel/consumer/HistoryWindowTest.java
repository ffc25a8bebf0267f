package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The window a poll reads, taken from the consumer's clock, and the polling defaults of history consumers. */
class HistoryWindowTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2025-01-31T12:00:00Z");

    private final List<Exchange> received = SimulatorContexts.collector();
    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private HistoryConsumer startWithClock(String uri, MemoryStateRepository watermarks) throws Exception {
        context = SimulatorContexts.context(SIM.simulator());
        context.getRegistry().bind("watermarks", watermarks);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri + "&watermarkRepository=#watermarks&watermarkKey=w").routeId("history").autoStartup(false)
                        .process(exchange -> received.add(exchange.copy()));
            }
        });
        context.start();
        HistoryConsumer consumer = (HistoryConsumer) context.getRoute("history").getConsumer();
        consumer.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        context.getRouteController().startRoute("history");
        return consumer;
    }

    private static JsonNode lastSearchBody(SfmcSimulator sim) throws Exception {
        List<RecordedRequest> requests = sim.journal().requestsFor("searchJourneyHistory");
        return new ObjectMapper().readTree(requests.get(requests.size() - 1).body());
    }

    @Test
    void withoutStoredWatermarkTheWindowStartsLookbackBeforeNowAndEndsLagBeforeNowBothWithZ() throws Exception {
        MemoryStateRepository watermarks = new MemoryStateRepository();
        HistoryConsumer consumer = startWithClock("sfmc-journey:searchJourneyHistory?initialDelay=0&lookback=2h"
                                                  + "&lag=30s", watermarks);

        await().atMost(WAIT).until(() -> "2025-01-31T11:59:30Z".equals(watermarks.getState("w")));
        JsonNode body = lastSearchBody(SIM.simulator());
        assertThat(body.get("start").asText()).isEqualTo("2025-01-31T10:00:00.000Z");
        assertThat(body.get("end").asText()).isEqualTo("2025-01-31T11:59:30.000Z");
        assertThat(consumer.getWatermark()).isEqualTo(Instant.parse("2025-01-31T11:59:30Z"));
        assertThat(consumer.getDelay()).as("history consumers poll once a minute by default").isEqualTo(60_000);
    }

    @Test
    void aStoredWatermarkWithoutZoneIsUtcAndTheWindowStartsOverlapBeforeIt() throws Exception {
        MemoryStateRepository watermarks = new MemoryStateRepository();
        watermarks.setState("w", "2025-01-31T11:00:00");
        startWithClock("sfmc-journey:searchJourneyHistory?initialDelay=0&delay=1h&overlap=10m&lag=1m"
                       + "&initialWatermark=2020-01-01T00:00:00Z", watermarks);

        await().atMost(WAIT).until(() -> "2025-01-31T11:59:00Z".equals(watermarks.getState("w")));
        JsonNode body = lastSearchBody(SIM.simulator());
        assertThat(body.get("start").asText()).isEqualTo("2025-01-31T10:50:00.000Z");
        assertThat(body.get("end").asText()).isEqualTo("2025-01-31T11:59:00.000Z");
    }

    @Test
    void anInitialWatermarkWithAnOffsetIsTheInstantItNames() throws Exception {
        MemoryStateRepository watermarks = new MemoryStateRepository();
        startWithClock("sfmc-journey:searchJourneyHistory?initialDelay=0&delay=1h"
                       + "&initialWatermark=2025-01-31T05:00:00-06:00", watermarks);

        await().atMost(WAIT).until(() -> watermarks.getState("w") != null);
        assertThat(lastSearchBody(SIM.simulator()).get("start").asText()).isEqualTo("2025-01-31T11:00:00.000Z");
    }

    @Test
    void whenSfmcIgnoresTheTimeBoundsAPollReadsOneRangeWholeInsteadOfHalvingForever() throws Exception {
        SfmcSimulator sim = SIM.simulator();
        SimulatorContexts.addRecords(sim, 0, 120);
        sim.quirks().history().timeBoundsIgnored(true);
        try {
            context = SimulatorContexts.context(sim);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("sfmc-journey:searchJourneyHistory?initialDelay=0&delay=1h&pageSize=5&lag=0s"
                         + "&initialWatermark=" + SimulatorContexts.at(0)).routeId("history")
                            .process(exchange -> received.add(exchange.copy()));
                }
            });
            Instant started = Instant.now();
            context.start();
            HistoryConsumer consumer = (HistoryConsumer) context.getRoute("history").getConsumer();

            // the whole window done: the watermark is its end (now, as lag is 0)
            await().atMost(WAIT).until(() -> consumer.getWatermark() != null
                                             && !consumer.getWatermark().isBefore(started.minusMillis(1)));
            assertThat(SimulatorContexts.countsById(received)).hasSize(120)
                    .allSatisfy((id, count) -> assertThat(count).isOne());
            // 120 records exceed 20 pages of 5: halved down the older side, then one range read whole
            assertThat(sim.journal().requestsFor("searchJourneyHistory")).hasSizeLessThan(200);
        } finally {
            sim.quirks().history().timeBoundsIgnored(false);
        }
    }

    @Test
    void badHistoryOptionsFailEarlyNamingTheOption() {
        context = SimulatorContexts.context(SIM.simulator());
        for (String[] bad : new String[][] {{"timeZone=Central", "timeZone"}, {"initialWatermark=soon",
            "initialWatermark"}, {"lag=-1", "lag"}}) {
            assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:getHistory?" + bad[0]).createConsumer(
                    exchange -> { })).as(bad[0]).hasMessageContaining(bad[1]);
        }
    }
}

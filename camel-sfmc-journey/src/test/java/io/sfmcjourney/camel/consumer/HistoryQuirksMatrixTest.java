package io.sfmcjourney.camel.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.HistoryQuirks;
import io.sfmcjourney.simulator.HistoryQuirks.Filter;
import io.sfmcjourney.simulator.HistoryQuirks.Order;
import io.sfmcjourney.simulator.HistoryQuirks.Zone;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The history consumer against every plausible SFMC: record order across pages (ascending, descending, unstable per
 * request), timestamp zone (UTC or UTC-06:00 without offset, or with the offset written), filters honoured or
 * ignored, records written late or at once. Records are there before the consumer starts and keep arriving while it
 * polls on small pages; in every combination each record within the filters reaches the route exactly once, none
 * outside them does, the drops are counted, and its presented time is right when {@code timeZone} matches SFMC's zone.
 */
class HistoryQuirksMatrixTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The latest a record appears after its transactionTime with the late-writes quirk. */
    private static final Duration LATE = Duration.ofMillis(700);
    private static final int OLD_RECORDS = 40;
    private static final int LIVE_ROUNDS = 3;
    private static final int LIVE_PER_ROUND = 8;

    private final List<Exchange> received = SimulatorContexts.collector();
    private final Map<String, Instant> times = new LinkedHashMap<>();
    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        SIM.simulator().quirks().history().reset();
    }

    static Stream<Arguments> everySfmc() {
        List<Arguments> combinations = new ArrayList<>();
        for (Order order : List.of(Order.ASCENDING, Order.DESCENDING, Order.UNSTABLE)) {
            for (Zone zone : Zone.values()) {
                for (boolean filtersHonoured : new boolean[] {true, false}) {
                    for (boolean lateWrites : new boolean[] {false, true}) {
                        combinations.add(Arguments.of(order, zone, filtersHonoured, lateWrites));
                    }
                }
            }
        }
        return combinations.stream();
    }

    @ParameterizedTest(name = "order {0}, zone {1}, filters honoured {2}, late writes {3}")
    @MethodSource("everySfmc")
    void eachRecordWithinTheFiltersReachesTheRouteOnce(Order order, Zone zone, boolean filtersHonoured,
            boolean lateWrites) throws Exception {
        SfmcSimulator sim = SIM.simulator();
        sim.reset();
        HistoryQuirks quirks = sim.quirks().history().order(order).zone(zone)
                .ignoredFilters(filtersHonoured ? Set.of() : EnumSet.allOf(Filter.class))
                .lateWrites(lateWrites ? LATE : Duration.ZERO);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        add(sim, 0, OLD_RECORDS, now.minus(Duration.ofMinutes(30)));

        context = SimulatorContexts.context(sim);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sfmc-journey:searchJourneyHistory?initialWatermark=" + now.minus(Duration.ofHours(1))
                     + "&lag=100ms&overlap=1s&pageSize=7&initialDelay=0&delay=50"
                     + "&definitionId=def-1&activityType=EMAILV2,WAIT&status=Complete,Failed"
                     + "&timeZone=" + (zone == Zone.UTC_NO_OFFSET ? "UTC" : "-06:00"))
                        .routeId("history").process(exchange -> received.add(exchange.copy()));
            }
        });
        context.start();
        int next = OLD_RECORDS;
        for (int round = 0; round < LIVE_ROUNDS; round++) {
            Thread.sleep(150); // records keep arriving while the consumer reads
            add(sim, next, next + LIVE_PER_ROUND, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            next += LIVE_PER_ROUND;
        }
        List<String> expected = times.keySet().stream().filter(HistoryQuirksMatrixTest::withinFilters).toList();

        await().atMost(WAIT).until(() -> received.size() >= expected.size());
        HistoryConsumer consumer = (HistoryConsumer) context.getRoute("history").getConsumer();
        // long enough for every record to be re-read by the overlap of later windows (a late repeat would show)
        long polls = sim.counters().calls("searchJourneyHistory");
        Thread.sleep(LATE.plus(Duration.ofMillis(1100 + 300)).toMillis());
        await().atMost(WAIT).until(() -> sim.counters().calls("searchJourneyHistory") > polls + 5);

        assertThat(SimulatorContexts.contacts(received)).as("%s / %s: each record within the filters once", order, zone)
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Exchange exchange : received) {
            String contact = exchange.getMessage().getBody(HistoryRecord.class).getContactKey();
            assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.HISTORY_RECORD_TIME))
                    .as("presented time of %s", contact).isEqualTo(times.get(contact));
        }
        assertThat(consumer.getMissedCount()).isZero();
        if (filtersHonoured) {
            assertThat(consumer.getFilteredOutCount()).isZero();
        } else {
            assertThat(consumer.getFilteredOutCount()).as("records SFMC returned outside the filters are counted")
                    .isGreaterThanOrEqualTo(times.size() - expected.size());
        }
        if (order == Order.UNSTABLE) {
            assertThat(consumer.getHalvingCount()).as("records skipped by unstable paging are detected").isPositive();
        }
        assertThat(quirks.order()).isEqualTo(order);
    }

    /** Records {@code m<from> .. m<to-1>}, 1 ms apart from {@code first}; a quarter of another journey, and so on. */
    private void add(SfmcSimulator sim, int from, int to, Instant first) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String definition = i % 4 == 3 ? "def-2" : "def-1";
            String type = i % 5 == 4 ? "SMS" : i % 3 == 0 ? "WAIT" : "EMAILV2";
            String status = i % 7 == 6 ? "Unknown" : i % 2 == 0 ? "Complete" : "Failed";
            Instant time = first.plusMillis(i - from);
            times.put("m" + i, time);
            entries.add(new HistoryEntry("m" + i, definition, "Journey " + definition, "act-" + type, "Activity " + type,
                    type, status, null, time));
        }
        sim.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
    }

    private static boolean withinFilters(String contact) {
        int i = Integer.parseInt(contact.substring(1));
        return i % 4 != 3 && i % 5 != 4 && i % 7 != 6;
    }
}

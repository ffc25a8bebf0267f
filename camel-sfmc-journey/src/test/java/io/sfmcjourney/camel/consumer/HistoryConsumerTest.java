package io.sfmcjourney.camel.consumer;

import static io.sfmcjourney.camel.consumer.SimulatorContexts.addRecords;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.at;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contactRange;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contacts;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.countsById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history consumers against the simulator: incremental polls, de-duplication, restarts, faults (one poll over many
 * pages as a route sees it: {@link HistoryConsumerRouteTest}).
 */
class HistoryConsumerTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<Exchange> received = SimulatorContexts.collector();
    private DefaultCamelContext context;

    @AfterEach
    void stopContext() {
        if (context != null) {
            context.stop();
        }
    }

    private SfmcSimulator sim() {
        return SIM.simulator();
    }

    private DefaultCamelContext start(String uri) throws Exception {
        DefaultCamelContext started = SimulatorContexts.context(sim());
        started.addRoutes(collectingRoute(uri));
        started.start();
        return started;
    }

    private RouteBuilder collectingRoute(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("history").process(exchange -> received.add(exchange.copy()));
            }
        };
    }

    private HistoryConsumer consumer() {
        return (HistoryConsumer) context.getRoute("history").getConsumer();
    }

    @ParameterizedTest
    @EnumSource(value = SfmcJourneyMethod.class, names = {"getHistory", "searchJourneyHistory"})
    void recordsArrivingWhileTheConsumerRunsAreEmittedOnceDespiteTheOverlap(SfmcJourneyMethod method)
            throws Exception {
        addRecords(sim(), 0, 10);
        context = start("sfmc-journey:" + method + "?initialWatermark=" + at(0)
                        + "&overlap=96h&pageSize=4&initialDelay=0&delay=20");
        await().atMost(WAIT).until(() -> received.size() >= 10);

        for (int batch = 1; batch <= 4; batch++) {
            int polls = sim().journal().requestsFor(method.name()).size();
            addRecords(sim(), batch * 10, batch * 10 + 10);
            int expected = batch * 10 + 10;
            await().atMost(WAIT).until(() -> received.size() >= expected);
            await().atMost(WAIT).until(() -> sim().journal().requestsFor(method.name()).size() > polls + 10);
        }

        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(contactRange(0, 50));
    }

    @ParameterizedTest
    @EnumSource(value = SfmcJourneyMethod.class, names = {"getHistory", "searchJourneyHistory"})
    void filterOptionsSelectTheRecords(SfmcJourneyMethod method) throws Exception {
        addRecords(sim(), 0, 30);
        sim().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, SimulatorContexts.record(30, "def-2", "Failed", "EMAILV2"));
        sim().addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, SimulatorContexts.record(31, "def-3", "Failed", "EMAILV2"));

        context = start("sfmc-journey:" + method + "?initialWatermark=" + at(0) + "&status=Failed"
                        + "&activityType=EMAILV2,SMS&definitionId=def-1, def-3&initialDelay=0&delay=1h");

        List<String> expected = Arrays.asList("c1", "c5", "c7", "c11", "c13", "c17", "c19", "c23", "c25", "c29",
                "c31");
        await().atMost(WAIT).until(() -> received.size() >= expected.size());
        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void withoutSplitRecordsEachPageIsOneExchangeOfTheNewRecords() throws Exception {
        addRecords(sim(), 0, 25);
        context = start("sfmc-journey:getHistory?initialWatermark=" + at(0)
                        + "&overlap=1h&pageSize=10&splitRecords=false&initialDelay=0&delay=20");

        await().atMost(WAIT).until(() -> received.size() >= 3);
        int requests = sim().journal().requestsFor("getHistory").size();
        await().atMost(WAIT).until(() -> sim().journal().requestsFor("getHistory").size() > requests + 9);

        assertThat(received).hasSize(3);
        List<List<?>> pages = received.stream().<List<?>>map(exchange -> exchange.getMessage().getBody(List.class))
                .collect(Collectors.toList());
        assertThat(pages).extracting(List::size).containsExactlyInAnyOrder(10, 10, 5);
        assertThat(pages.stream().<Object>flatMap(List::stream).map(record -> ((HistoryRecord) record)
                .getContactKey()))
                .containsExactlyInAnyOrderElementsOf(contactRange(0, 25));
    }

    @Test
    void aFailingRecordStopsThePollAndIsEmittedAgainBeforeAnyLaterRecord() throws Exception {
        addRecords(sim(), 0, 20);
        List<String> succeeded = new CopyOnWriteArrayList<>();
        AtomicBoolean failedOnce = new AtomicBoolean();
        context = SimulatorContexts.context(sim());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sfmc-journey:getHistory?initialWatermark=" + at(0) + "&overlap=0s&pageSize=50"
                     + "&initialDelay=0&delay=20").routeId("history")
                        .process(exchange -> {
                            String contact = exchange.getMessage().getBody(HistoryRecord.class).getContactKey();
                            if ("c5".equals(contact) && failedOnce.compareAndSet(false, true)) {
                                throw new IllegalStateException("downstream system down");
                            }
                            succeeded.add(contact);
                        });
            }
        });
        context.start();

        await().atMost(WAIT).until(() -> succeeded.size() >= 20);
        assertThat(failedOnce).isTrue();
        assertThat(succeeded).isEqualTo(contactRange(0, 20));
    }

    @Test
    void theWatermarkSurvivesARestartInAFileStateRepositoryAndTheIdempotentRepositoryDropsTheOverlap(
            @TempDir Path dir) throws Exception {
        File watermarks = dir.resolve("watermarks.dat").toFile();
        File processed = dir.resolve("processed.dat").toFile();
        addRecords(sim(), 0, 200);
        String uri = "sfmc-journey:searchJourneyHistory?initialWatermark=" + at(0)
                     + "&overlap=96h&pageSize=25&initialDelay=0&delay=20"
                     + "&watermarkRepository=#watermarks&idempotentRepository=#processed";

        DefaultCamelContext first = SimulatorContexts.context(sim());
        bindRepositories(first, watermarks, processed);
        first.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("history").process(exchange -> {
                    Thread.sleep(20); // records stream in while the application stops
                    Exchange copy = exchange.copy();
                    SimulatorContexts.onSuccess(exchange, () -> received.add(copy));
                });
            }
        });
        first.start();
        await().atMost(WAIT).until(() -> received.size() >= 40);
        first.stop();
        int beforeRestart = received.size();
        assertThat(beforeRestart).isBetween(40, 199);
        addRecords(sim(), 200, 230);

        context = SimulatorContexts.context(sim());
        bindRepositories(context, watermarks, processed);
        context.addRoutes(collectingRoute(uri));
        context.start();

        await().atMost(WAIT).until(() -> received.size() >= 230);
        int requests = sim().journal().requestsFor("searchJourneyHistory").size();
        await().atMost(WAIT).until(() -> sim().journal().requestsFor("searchJourneyHistory").size() > requests + 20);
        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(contactRange(0, 230));
        String stored = new FileStateRepositoryReader(watermarks).value("searchJourneyHistory:100001");
        assertThat(java.time.Instant.parse(stored))
                .isAfter(SimulatorContexts.BASE.plusSeconds(229));
    }

    private static void bindRepositories(DefaultCamelContext context, File watermarks, File processed) {
        context.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(watermarks));
        context.getRegistry().bind("processed", FileIdempotentRepository.fileIdempotentRepository(processed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500", "503", "429", "reset"})
    void aFailedPollNeitherLosesRecordsNorMovesTheWatermark(String fault) throws Exception {
        MemoryStateRepository watermarks = new MemoryStateRepository();
        addRecords(sim(), 0, 10);
        context = SimulatorContexts.context(sim());
        context.getRegistry().bind("watermarks", watermarks);
        ConsumerHealth.enable(context);
        context.addRoutes(collectingRoute("sfmc-journey:getHistory?initialWatermark=" + at(0)
                                          + "&overlap=96h&pageSize=4&initialDelay=0&delay=20&maxRetries=1"
                                          + "&watermarkRepository=#watermarks"));
        context.start();
        await().atMost(WAIT).until(() -> received.size() >= 10);

        injectFault(fault);
        long errorsBefore = consumer().getErrorCounter();
        addRecords(sim(), 10, 20);
        await().atMost(WAIT).until(() -> consumer().getErrorCounter() >= errorsBefore + 1);
        String watermark = watermarks.getState("getHistory:100001");
        await().atMost(WAIT).until(() -> consumer().getErrorCounter() >= errorsBefore + 3);
        assertThat(received).hasSize(10);
        assertThat(watermarks.getState("getHistory:100001")).isEqualTo(watermark);
        assertThat(ConsumerHealth.of(context, "history").isDown()).isTrue();

        sim().faults().clear();
        await().atMost(WAIT).until(() -> received.size() >= 20);
        await().atMost(WAIT).until(() -> ConsumerHealth.of(context, "history").isUp());
        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(contactRange(0, 20));
        assertThat(java.time.Instant.parse(watermarks.getState("getHistory:100001")))
                .isAfter(java.time.Instant.parse(watermark));
    }

    private void injectFault(String fault) {
        switch (fault) {
            case "500" -> sim().faults().failNext(1_000_000, 500, 500, null);
            case "503" -> sim().faults().failNext(1_000_000, 503, 50300, 0);
            case "429" -> sim().faults().failNext(1_000_000, 429, 50100, 0);
            default -> sim().faults().resetNextBeforeProcessing(1_000_000);
        }
        sim().faults().onlyFor("getHistory");
    }

    @Test
    void theNextPageIsReadWhileTheRouteProcessesTheCurrentOne() throws Exception {
        addRecords(sim(), 0, 12);
        AtomicBoolean secondPageReadDuringFirstRecord = new AtomicBoolean();
        context = SimulatorContexts.context(sim());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sfmc-journey:getHistory?initialWatermark=" + at(0) + "&overlap=1m&pageSize=4&initialDelay=0"
                     + "&delay=1h").routeId("history").process(exchange -> {
                         if (received.isEmpty()) {
                             secondPageReadDuringFirstRecord.set(pageRequestedWithin(2, WAIT));
                         }
                         received.add(exchange.copy());
                     });
            }
        });
        context.start();

        await().atMost(WAIT).until(() -> received.size() >= 12);
        assertThat(secondPageReadDuringFirstRecord).as("page 2 requested while record 1 of page 1 was in the route")
                .isTrue();
        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(contactRange(0, 12));
    }

    private boolean pageRequestedWithin(int page, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            boolean requested = sim().journal().requestsFor("getHistory").stream()
                    .anyMatch(request -> List.of(String.valueOf(page)).equals(request.query().get("$page")));
            if (requested) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Test
    void aLargeWindowIsReadInRangesAndOnlyTheKeysOfRangesEndingInTheOverlapAreRemembered() throws Exception {
        addRecords(sim(), 0, 3000);
        context = start("sfmc-journey:getHistory?initialWatermark=" + at(0)
                        + "&overlap=60s&pageSize=100&initialDelay=0&delay=1h");

        await().atMost(WAIT).until(() -> received.size() >= 3000);
        await().atMost(WAIT).until(() -> consumer().getWatermark() != null);
        assertThat(countsById(received)).hasSize(3000).allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(consumer().getHalvingCount()).as("3,000 records exceed 20 pages of 100").isPositive();
        // the records lie in the first hour of a two-day window: the ranges holding them ended long before to - 60s
        assertThat(consumer().getRememberedRecordCount()).isZero();
    }

    @Test
    void anUnusableStoredWatermarkFallsBackToTheInitialWatermark() throws Exception {
        MemoryStateRepository watermarks = new MemoryStateRepository();
        watermarks.setState("history-a", "not-a-timestamp");
        addRecords(sim(), 0, 20);
        context = SimulatorContexts.context(sim());
        context.getRegistry().bind("watermarks", watermarks);
        context.addRoutes(collectingRoute("sfmc-journey:getHistory?initialWatermark=" + at(10) + "&overlap=0s"
                                          + "&watermarkRepository=#watermarks&watermarkKey=history-a"
                                          + "&initialDelay=0&delay=20"));
        context.start();

        await().atMost(WAIT).until(() -> received.size() >= 10);
        await().atMost(WAIT).until(() -> !"not-a-timestamp".equals(watermarks.getState("history-a")));
        assertThat(contacts(received)).containsExactlyInAnyOrderElementsOf(contactRange(10, 20));
    }

    @Test
    void theScheduledPollOptionsApply() throws Exception {
        context = start("sfmc-journey:getHistory?initialDelay=0&delay=20&backoffMultiplier=3"
                        + "&backoffErrorThreshold=2&sendEmptyMessageWhenIdle=true");

        await().atMost(WAIT).until(() -> received.size() >= 2);
        assertThat(received.get(0).getMessage().getBody()).isNull();
        assertThat(consumer().getBackoffMultiplier()).isEqualTo(3);
        assertThat(consumer().getBackoffErrorThreshold()).isEqualTo(2);
        assertThat(consumer().getDelay()).isEqualTo(20);
    }

    @Test
    void aMethodWithoutConsumerFailsNamingTheConsumableOnes() {
        context = SimulatorContexts.context(sim());

        assertThatThrownBy(() -> {
            context.addRoutes(collectingRoute("sfmc-journey:getInteraction?id=j-1"));
            context.start();
        }).rootCause().isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("getInteraction cannot be consumed")
                .hasMessageContaining("publishStatus, getHistory, searchJourneyHistory");
    }
}

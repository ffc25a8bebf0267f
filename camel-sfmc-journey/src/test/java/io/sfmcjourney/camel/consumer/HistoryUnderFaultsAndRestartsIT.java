package io.sfmcjourney.camel.consumer;

import static io.sfmcjourney.camel.consumer.SimulatorContexts.addRecords;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.at;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contactRange;
import static io.sfmcjourney.camel.consumer.SimulatorContexts.contacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.sfmcjourney.camel.testsupport.FigureReport;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history consumer under the fault profile of the entry fault suite (throttling, 5xx, connection resets before and
 * after processing) while the application is stopped mid-poll and restarted several times and new records keep
 * arriving: with a persistent watermark and idempotent repository every record is processed exactly once.
 * <p>
 * CI-sized by default; the full run (figures printed and appended to {@code target/sfmc-history-fault-suite.txt}):
 * {@code mvn -B -pl camel-sfmc-journey verify -Dtest=HistoryUnderFaultsAndRestartsIT -Dsfmc.historyFault.records=5000
 * -Dsfmc.historyFault.restarts=10 -Dsfmc.historyFault.overlap=5m -Dsfmc.historyFault.pageSize=100}
 */
class HistoryUnderFaultsAndRestartsIT {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    /** Records in the simulator before the first start; one second apart. */
    private static final int INITIAL_RECORDS = Integer.getInteger("sfmc.historyFault.records", 400);
    /** Application restarts, each while records stream in; new records arrive during every stop. */
    private static final int RESTARTS = Integer.getInteger("sfmc.historyFault.restarts", 3);
    /**
     * The default overlap covers every record (they lie two days back and keep arriving "late"): each poll re-reads
     * them all, the densest overlap there is.
     */
    private static final String OVERLAP = System.getProperty("sfmc.historyFault.overlap", "96h");
    private static final int PAGE_SIZE = Integer.getInteger("sfmc.historyFault.pageSize", 25);
    private static final int LIFETIMES = RESTARTS + 1;
    private static final int RECORDS_PER_RESTART = Math.max(1, INITIAL_RECORDS / 8);
    private static final int PROCESSED_PER_LIFETIME = Math.max(1, INITIAL_RECORDS * 9 / 10 / RESTARTS);
    private static final Duration WAIT = Duration.ofSeconds(Math.max(60, INITIAL_RECORDS / 10));

    private final List<Exchange> processed = SimulatorContexts.collector();
    private DefaultCamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        SIM.simulator().faults().clear();
    }

    @Test
    void noRecordIsLostOrRepeatedAcrossFaultsAndRestartsMidPoll(@TempDir Path dir) throws Exception {
        SfmcSimulator sim = SIM.simulator();
        File watermarks = dir.resolve("watermarks.dat").toFile();
        File processedIds = dir.resolve("processed.dat").toFile();
        addRecords(sim, 0, INITIAL_RECORDS);
        sim.faults().onlyFor("searchJourneyHistory").seed(3).retryAfterSeconds(0).rate429(0.05).rate429Blocked(0.01)
                .rate503(0.02).rate500(0.03).resetBeforeProcessingRate(0.03).resetAfterProcessingRate(0.03);
        String uri = "sfmc-journey:searchJourneyHistory?initialWatermark=" + at(0)
                     + "&overlap=" + OVERLAP + "&pageSize=" + PAGE_SIZE + "&initialDelay=0&delay=20&maxRetries=1"
                     + "&watermarkRepository=#watermarks&idempotentRepository=#processed";
        int total = INITIAL_RECORDS;
        long started = System.nanoTime();

        for (int lifetime = 1; lifetime <= LIFETIMES; lifetime++) {
            int stopAt = processed.size() + PROCESSED_PER_LIFETIME;
            context = start(uri, watermarks, processedIds, lifetime < LIFETIMES ? stopAt : Integer.MAX_VALUE);
            if (lifetime < LIFETIMES) {
                DefaultCamelContext running = context;
                await().atMost(WAIT).until(running::isStopped);
                addRecords(sim, total, total + RECORDS_PER_RESTART);
                total += RECORDS_PER_RESTART;
            }
        }

        int expected = total;
        await().atMost(WAIT).until(() -> processed.size() >= expected);
        // keep polling well past the count: a record emitted twice would show in the overlap of a later window
        long reached = sim.counters().calls("searchJourneyHistory");
        await().atMost(WAIT).until(() -> sim.counters().calls("searchJourneyHistory") > reached + 40);
        long calls = sim.counters().calls("searchJourneyHistory");
        report(total, calls, (System.nanoTime() - started) / 1_000_000);
        assertThat(calls).as("the faults hit many polls").isGreaterThan(50);
        assertThat(contacts(processed)).as("each record once").containsExactlyInAnyOrderElementsOf(contactRange(0, total));
    }

    private void report(int records, long calls, long millis) throws IOException {
        Map<String, Long> contacts = new TreeMap<>();
        contacts(processed).forEach(contact -> contacts.merge(contact, 1L, Long::sum));
        long duplicated = contacts.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
        long lost = contactRange(0, records).stream().filter(contact -> !contacts.containsKey(contact)).count();
        String text = String.format("records %,d, restarts %d, overlap %s, page size %d: processed %,d, lost %,d,"
                                    + " duplicated %,d; searchJourneyHistory calls %,d; %,d ms%n",
                records, RESTARTS, OVERLAP, PAGE_SIZE, processed.size(), lost, duplicated, calls, millis);
        FigureReport.publish("sfmc-history-fault-suite", text);
    }

    private DefaultCamelContext start(String uri, File watermarks, File processedIds, int stopAt) throws Exception {
        DefaultCamelContext started = SimulatorContexts.context(SIM.simulator());
        AtomicBoolean stopping = new AtomicBoolean();
        started.getRegistry().bind("watermarks", FileStateRepository.fileStateRepository(watermarks));
        started.getRegistry().bind("processed", FileIdempotentRepository.fileIdempotentRepository(processedIds));
        started.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("history").process(exchange -> {
                    Exchange copy = exchange.copy();
                    SimulatorContexts.onSuccess(exchange, () -> {
                        processed.add(copy);
                        if (processed.size() >= stopAt && stopping.compareAndSet(false, true)) {
                            new Thread(started::stop).start(); // the application stops while records stream in
                        }
                    });
                });
            }
        });
        started.start();
        return started;
    }
}

package io.sfmcjourney.camel.consumer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.camel.model.SfmcTimestamps;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.SynchronizationAdapter;

/** CamelContexts configured for a simulator as a user would, and history records to load into it. */
final class SimulatorContexts {

    /** A fixed day in the past: records and watermarks of the tests are placed relative to it. */
    static final Instant BASE = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);

    private SimulatorContexts() {
    }

    /** A started-later context whose sfmc-journey component calls the simulator with the demo credentials. */
    static DefaultCamelContext context(SfmcSimulator sim) {
        DefaultCamelContext context = new DefaultCamelContext();
        configure(context, sim);
        return context;
    }

    /** Points the context's sfmc-journey component at the simulator with the demo credentials. */
    static void configure(CamelContext context, SfmcSimulator sim) {
        SfmcJourneyConfiguration configuration
                = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
        configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
        configuration.setAuthUrl(sim.authUrl());
        configuration.setRetryInitialDelay(5);
        configuration.setRetryMaxDelay(20);
    }

    /** The SFMC text of {@code BASE + seconds}, as the consumer's watermark option expects it. */
    static String at(long seconds) {
        return SfmcTimestamps.format(LocalDateTime.ofInstant(BASE.plusSeconds(seconds), ZoneOffset.UTC));
    }

    /** Loads records {@code from .. to-1}: record i happens at {@code BASE + i} seconds, contact {@code c<i>}. */
    static void addRecords(SfmcSimulator sim, int from, int to) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            entries.add(record(i, "def-1", i % 2 == 0 ? "Complete" : "Failed", i % 3 == 0 ? "WAIT" : "EMAILV2"));
        }
        sim.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
    }

    static HistoryEntry record(int i, String definitionId, String status, String activityType) {
        return new HistoryEntry("c" + i, definitionId, "Journey " + definitionId, "act-" + activityType,
                "Activity " + activityType, activityType, status, null, BASE.plusSeconds(i));
    }

    /** The contact keys of the records received, in order. */
    static List<String> contacts(List<Exchange> received) {
        return received.stream().map(exchange -> exchange.getMessage().getBody(HistoryRecord.class).getContactKey())
                .collect(Collectors.toList());
    }

    /** {@code c<from> .. c<to-1>}. */
    static List<String> contactRange(int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            keys.add("c" + i);
        }
        return keys;
    }

    /**
     * Runs {@code action} once the exchange has completed successfully: what a consumer emitted counts as processed
     * only then (an exchange cut off by a shutdown fails and is emitted again).
     */
    static void onSuccess(Exchange exchange, Runnable action) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                action.run();
            }
        });
    }

    /** A processor-friendly list that keeps copies of exchanges. */
    static List<Exchange> collector() {
        return new CopyOnWriteArrayList<>();
    }

    /** The record id header values of the exchanges. */
    static Map<String, Long> countsById(List<Exchange> received) {
        return received.stream().collect(Collectors.groupingBy(
                exchange -> exchange.getMessage().getHeader(SfmcJourneyConstants.HISTORY_RECORD_ID, String.class),
                Collectors.counting()));
    }
}

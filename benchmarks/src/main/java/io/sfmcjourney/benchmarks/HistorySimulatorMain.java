package io.sfmcjourney.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.sfmcjourney.simulator.SfmcSimulator;

/**
 * The simulator of P5 in its own JVM, so its 1,000,000 history records do not count towards the heap measured in the
 * benchmark JVM. Prints {@code PORT=<port>} once the records are loaded; stops when its standard input closes.
 */
public final class HistorySimulatorMain {

    static final int RECORDS = 1_000_000;
    static final int PAGE_SIZE = 1000;

    private HistorySimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        try (SfmcSimulator simulator = SfmcSimulator.builder().historyCapacity(RECORDS).maxPageSize(PAGE_SIZE)
                .journalCapacity(100).start()) {
            Instant to = Instant.now().minus(1, ChronoUnit.HOURS);
            simulator.generateHistory(SfmcSimulator.DEMO_ACCOUNT_ID, "def-bench", "Bench journey", RECORDS, 50_000,
                    to.minus(20, ChronoUnit.DAYS), to);
            System.out.println("PORT=" + simulator.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}

package io.sfmcjourney.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the scenarios named on the command line (P1 P1F P2 P3 P3R P4 P5 P6 W1; default all) and prints a Markdown
 * table, also written to {@code target/benchmark-results.md}. {@code -Dbench.seconds=N} sets the length of a measured
 * round (default 5), {@code -Dbench.rounds=N} the rounds per side (default 4).
 */
public final class BenchmarkMain {

    static final Duration ROUND = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
    static final int ROUNDS = Integer.getInteger("bench.rounds", 4);

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> selected = new LinkedHashSet<>();
        for (String arg : args) {
            selected.add(arg.toUpperCase(Locale.ROOT));
        }
        if (selected.isEmpty()) {
            selected.addAll(List.of("P1", "P1F", "P2", "P3", "P3R", "P4", "P5", "P6", "W1"));
        }
        System.out.printf("JVM %s, %d CPUs, round %ds, %d rounds per side%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ROUND.toSeconds(), ROUNDS);
        List<String> rows = new ArrayList<>();
        for (String scenario : selected) {
            System.out.println("== " + scenario);
            rows.add(switch (scenario) {
                case "P1" -> Scenarios.p1ComponentVsRawHttpClient();
                case "P1F" -> Scenarios.p1fComponentVsRawHttpClientFastBackEnd();
                case "P2" -> Scenarios.p2ComponentVsCamelHttpRoute();
                case "P3" -> Scenarios.p3BatchEntryVsSingleEvents();
                case "P4" -> Scenarios.p4TokenRequestsUnderLoad();
                case "P5" -> HistoryScenario.p5HistoryDrain();
                case "P6" -> ConfirmEntryScenario.p6ConfirmedEntryCost();
                case "P3R" -> RemoteTenantScenarios.p3RemoteTenant();
                case "W1" -> RemoteTenantScenarios.w1WaitingExchanges();
                default -> throw new IllegalArgumentException(
                        "Unknown scenario " + scenario + " (P1..P6, P1F, P3R, W1)");
            });
        }
        String table = "| # | scenario | baseline | component | ratio / figure | target | met |\n"
                       + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println();
        System.out.print(table);
        Path out = Path.of("target", "benchmark-results.md");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, table);
        } catch (IOException e) {
            System.err.println("Cannot write " + out + ": " + e);
        }
        System.exit(0);
    }

    static String row(String id, String scenario, String baseline, String component, String figure, String target,
                      boolean met) {
        return row(id, scenario, baseline, component, figure, target, met ? "yes" : "**no**");
    }

    /** A table row whose last column is given as text (e.g. "-" for a figure without a target). */
    static String row(String id, String scenario, String baseline, String component, String figure, String target,
                      String met) {
        return "| " + id + " | " + scenario + " | " + baseline + " | " + component + " | " + figure + " | " + target
               + " | " + met + " |";
    }

    static String perSecond(double value, String unit) {
        return String.format(Locale.ROOT, "%,.0f %s/s", value, unit);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}

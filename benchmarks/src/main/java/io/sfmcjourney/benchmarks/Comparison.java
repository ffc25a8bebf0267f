package io.sfmcjourney.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a baseline and the component in the same run: warm-up rounds of each (at least {@code -Dbench.warmup},
 * default 2, more until both rates are steady; interleaved, not counted), then {@code rounds} rounds of both,
 * interleaved (the side that goes first alternates), same duration. Reports the median of each side and their ratio.
 */
final class Comparison {

    /** One side: a measured round, answering units per second. */
    @FunctionalInterface
    interface Side {
        LoadDriver.Measurement round() throws Exception;
    }

    /** The medians and the ratio component / baseline. */
    record Result(double baseline, double component, List<Double> baselineRounds, List<Double> componentRounds,
            long failures, String firstFailure, double baselineCpuMicros, double componentCpuMicros) {

        double ratio() {
            return component / baseline;
        }
    }

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 2);
    private static final int MAX_WARMUP_ROUNDS = Math.max(WARMUP_ROUNDS, 16);
    private static final int STEADY_PERCENT = 5;

    private Comparison() {
    }

    static Result run(int rounds, Side baseline, Side component) throws Exception {
        warmUp(baseline, component);
        List<Double> base = new ArrayList<>();
        List<Double> comp = new ArrayList<>();
        List<Double> baseCpu = new ArrayList<>();
        List<Double> compCpu = new ArrayList<>();
        long failures = 0;
        String firstFailure = null;
        for (int i = 0; i < rounds; i++) {
            Side first = i % 2 == 0 ? baseline : component;
            Side second = i % 2 == 0 ? component : baseline;
            LoadDriver.Measurement a = first.round();
            LoadDriver.Measurement b = second.round();
            LoadDriver.Measurement baseRound = first == baseline ? a : b;
            LoadDriver.Measurement compRound = first == baseline ? b : a;
            base.add(baseRound.perSecond());
            comp.add(compRound.perSecond());
            baseCpu.add(baseRound.cpuMicrosPerUnit());
            compCpu.add(compRound.cpuMicrosPerUnit());
            failures += baseRound.failures() + compRound.failures();
            if (firstFailure == null) {
                firstFailure = baseRound.firstFailure() != null ? baseRound.firstFailure() : compRound.firstFailure();
            }
            System.out.printf("    round %d: baseline %.0f/s (%.1f µs client CPU/unit), component %.0f/s (%.1f µs)%n",
                    i + 1, baseRound.perSecond(), baseRound.cpuMicrosPerUnit(), compRound.perSecond(),
                    compRound.cpuMicrosPerUnit());
        }
        return new Result(median(base), median(comp), base, comp, failures, firstFailure, median(baseCpu),
                median(compCpu));
    }

    /**
     * At least {@code -Dbench.warmup} rounds of each side, more (up to {@value #MAX_WARMUP_ROUNDS}) while either side's
     * rate still moves by more than {@value #STEADY_PERCENT}% from one warm-up round to the next: on 2 shared cores the
     * JIT compilers compete with the load threads, and a fresh JVM may still be compiling after the minimum.
     */
    private static void warmUp(Side baseline, Side component) throws Exception {
        double lastBase = Double.NaN;
        double lastComp = Double.NaN;
        for (int i = 1; i <= MAX_WARMUP_ROUNDS; i++) {
            double base = baseline.round().perSecond();
            double comp = component.round().perSecond();
            boolean steady = within(base, lastBase) && within(comp, lastComp);
            System.out.printf("    warm-up %d: baseline %.0f/s, component %.0f/s%s%n", i, base, comp,
                    steady ? " (steady)" : "");
            if (i >= WARMUP_ROUNDS && steady) {
                return;
            }
            lastBase = base;
            lastComp = comp;
        }
    }

    private static boolean within(double value, double previous) {
        return !Double.isNaN(previous) && Math.abs(value - previous) <= previous * STEADY_PERCENT / 100.0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

package io.sfmcjourney.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a baseline and the component in the same run: {@code -Dbench.warmup} warm-up rounds each (default 2,
 * interleaved, not counted), then {@code rounds} rounds of both,
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
            long failures, String firstFailure) {

        double ratio() {
            return component / baseline;
        }
    }

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 2);

    private Comparison() {
    }

    static Result run(int rounds, Side baseline, Side component) throws Exception {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            baseline.round();
            component.round();
        }
        List<Double> base = new ArrayList<>();
        List<Double> comp = new ArrayList<>();
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
            failures += baseRound.failures() + compRound.failures();
            if (firstFailure == null) {
                firstFailure = baseRound.firstFailure() != null ? baseRound.firstFailure() : compRound.firstFailure();
            }
            System.out.printf("    round %d: baseline %.0f/s, component %.0f/s%n", i + 1, baseRound.perSecond(),
                    compRound.perSecond());
        }
        return new Result(median(base), median(comp), base, comp, failures, firstFailure);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

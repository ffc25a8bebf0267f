package io.sfmcjourney.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Measures a baseline and the component (and optionally a third, reference side) in the same run: warm-up rounds of
 * each (at least {@code -Dbench.warmup}, default 2, more until every rate is steady; interleaved, not counted), then
 * {@code rounds} rounds of each, interleaved (the side that goes first rotates), same duration. Reports the median of
 * each side and the ratio component / baseline.
 */
final class Comparison {

    /** One side: a measured round, answering units per second. */
    @FunctionalInterface
    interface Side {
        LoadDriver.Measurement round() throws Exception;
    }

    /**
     * The medians and the ratio component / baseline; the {@code reference*} figures are those of an optional third
     * side measured in the same rounds (NaN without one).
     */
    record Result(double baseline, double component, List<Double> baselineRounds, List<Double> componentRounds,
            long failures, String firstFailure, double baselineCpuMicros, double componentCpuMicros,
            double baselineAllocatedBytes, double componentAllocatedBytes, double reference,
            double referenceCpuMicros, double referenceAllocatedBytes) {

        double ratio() {
            return component / baseline;
        }

        /** This result with the failures of several runs. */
        Result withFailures(long allFailures, String anyFirstFailure) {
            return new Result(baseline, component, baselineRounds, componentRounds, allFailures, anyFirstFailure,
                    baselineCpuMicros, componentCpuMicros, baselineAllocatedBytes, componentAllocatedBytes, reference,
                    referenceCpuMicros, referenceAllocatedBytes);
        }
    }

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 2);
    private static final int MAX_WARMUP_ROUNDS = Math.max(WARMUP_ROUNDS, 16);
    private static final int STEADY_PERCENT = 5;
    private static final String[] NAMES = {"baseline", "component", "reference"};

    private Comparison() {
    }

    static Result run(int rounds, Side baseline, Side component) throws Exception {
        return run(rounds, baseline, component, null);
    }

    /**
     * As {@link #run(int, Side, Side)}, with a third side (null for none) measured in the same interleaved rounds (the
     * side that goes first rotates), e.g. the baseline's work wrapped in Camel, so that all ratios between the three
     * come from the same stretch of time.
     */
    static Result run(int rounds, Side baseline, Side component, Side reference) throws Exception {
        List<Side> sides = reference == null ? List.of(baseline, component) : List.of(baseline, component, reference);
        warmUp(sides);
        List<List<LoadDriver.Measurement>> measured = new ArrayList<>();
        sides.forEach(side -> measured.add(new ArrayList<>()));
        long failures = 0;
        String firstFailure = null;
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < sides.size(); k++) {
                int side = (i + k) % sides.size();
                measured.get(side).add(sides.get(side).round());
            }
            StringBuilder line = new StringBuilder("    round " + (i + 1) + ":");
            for (int side = 0; side < sides.size(); side++) {
                LoadDriver.Measurement round = measured.get(side).get(i);
                failures += round.failures();
                if (firstFailure == null) {
                    firstFailure = round.firstFailure();
                }
                line.append(String.format(" %s %.0f/s (%.1f µs client CPU, %.0f B allocated per unit)",
                        NAMES[side], round.perSecond(), round.cpuMicrosPerUnit(), round.allocatedBytesPerUnit()));
            }
            System.out.println(line);
        }
        List<LoadDriver.Measurement> base = measured.get(0);
        List<LoadDriver.Measurement> comp = measured.get(1);
        List<LoadDriver.Measurement> ref = reference == null ? List.of() : measured.get(2);
        return new Result(median(rates(base)), median(rates(comp)), rates(base), rates(comp), failures, firstFailure,
                median(base, LoadDriver.Measurement::cpuMicrosPerUnit),
                median(comp, LoadDriver.Measurement::cpuMicrosPerUnit),
                median(base, LoadDriver.Measurement::allocatedBytesPerUnit),
                median(comp, LoadDriver.Measurement::allocatedBytesPerUnit), median(rates(ref)),
                median(ref, LoadDriver.Measurement::cpuMicrosPerUnit),
                median(ref, LoadDriver.Measurement::allocatedBytesPerUnit));
    }

    private static List<Double> rates(List<LoadDriver.Measurement> rounds) {
        return rounds.stream().map(LoadDriver.Measurement::perSecond).toList();
    }

    private static double median(List<LoadDriver.Measurement> rounds, ToDoubleFunction<LoadDriver.Measurement> figure) {
        return median(rounds.stream().map(figure::applyAsDouble).toList());
    }

    /**
     * At least {@code -Dbench.warmup} rounds of each side, more (up to {@value #MAX_WARMUP_ROUNDS}) while any side's
     * rate still moves by more than {@value #STEADY_PERCENT}% from one warm-up round to the next: on 2 shared cores the
     * JIT compilers compete with the load threads, and a fresh JVM may still be compiling after the minimum.
     */
    private static void warmUp(List<Side> sides) throws Exception {
        double[] last = new double[sides.size()];
        java.util.Arrays.fill(last, Double.NaN);
        for (int i = 1; i <= MAX_WARMUP_ROUNDS; i++) {
            boolean steady = true;
            StringBuilder line = new StringBuilder("    warm-up " + i + ":");
            for (int side = 0; side < sides.size(); side++) {
                double rate = sides.get(side).round().perSecond();
                steady &= within(rate, last[side]);
                last[side] = rate;
                line.append(String.format(" %s %.0f/s", NAMES[side], rate));
            }
            System.out.println(line + (steady ? " (steady)" : ""));
            if (i >= WARMUP_ROUNDS && steady) {
                return;
            }
        }
    }

    private static boolean within(double value, double previous) {
        return !Double.isNaN(previous) && Math.abs(value - previous) <= previous * STEADY_PERCENT / 100.0;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

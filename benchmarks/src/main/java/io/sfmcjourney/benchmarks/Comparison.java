package io.sfmcjourney.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Measures a baseline and the component (and optionally reference sides) in the same run: warm-up rounds of each (at
 * least {@code -Dbench.warmup}, default 2, more until every rate is steady; interleaved, not counted), then
 * {@code rounds} rounds of each, interleaved (the side that goes first rotates), same duration. Reports the median of
 * each side and the ratio component / baseline.
 */
final class Comparison {

    /** One side: a measured round, answering units per second. */
    @FunctionalInterface
    interface Side {
        LoadDriver.Measurement round() throws Exception;
    }

    /** The medians of a reference side over the measured rounds: rate, client CPU and allocation per unit. */
    record Figures(double perSecond, double cpuMicros, double allocatedBytes) {
    }

    /**
     * The medians and the ratio component / baseline; {@code references} are the figures of the optional reference
     * sides measured in the same rounds, in the order given.
     */
    record Result(double baseline, double component, List<Double> baselineRounds, List<Double> componentRounds,
            long failures, String firstFailure, double baselineCpuMicros, double componentCpuMicros,
            double baselineAllocatedBytes, double componentAllocatedBytes, List<Figures> references) {

        double ratio() {
            return component / baseline;
        }

        /** The figures of reference side {@code index} (0 for the first). */
        Figures reference(int index) {
            return references.get(index);
        }

        /** This result with the failures of several runs. */
        Result withFailures(long allFailures, String anyFirstFailure) {
            return new Result(baseline, component, baselineRounds, componentRounds, allFailures, anyFirstFailure,
                    baselineCpuMicros, componentCpuMicros, baselineAllocatedBytes, componentAllocatedBytes, references);
        }
    }

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 2);
    private static final int MAX_WARMUP_ROUNDS = Math.max(WARMUP_ROUNDS, 16);
    private static final int STEADY_PERCENT = 5;
    private Comparison() {
    }

    /**
     * Baseline and component, with any reference sides measured in the same interleaved rounds (the side that goes
     * first rotates), e.g. the baseline's work wrapped in Camel, so that all ratios between them come from the same
     * stretch of time.
     */
    static Result run(int rounds, Side baseline, Side component, Side... references) throws Exception {
        List<Side> sides = new ArrayList<>(List.of(baseline, component));
        sides.addAll(List.of(references));
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
                        name(side), round.perSecond(), round.cpuMicrosPerUnit(), round.allocatedBytesPerUnit()));
            }
            System.out.println(line);
        }
        List<LoadDriver.Measurement> base = measured.get(0);
        List<LoadDriver.Measurement> comp = measured.get(1);
        List<Figures> referenceFigures = measured.subList(2, measured.size()).stream()
                .map(ref -> new Figures(median(rates(ref)), median(ref, LoadDriver.Measurement::cpuMicrosPerUnit),
                        median(ref, LoadDriver.Measurement::allocatedBytesPerUnit)))
                .toList();
        return new Result(median(rates(base)), median(rates(comp)), rates(base), rates(comp), failures, firstFailure,
                median(base, LoadDriver.Measurement::cpuMicrosPerUnit),
                median(comp, LoadDriver.Measurement::cpuMicrosPerUnit),
                median(base, LoadDriver.Measurement::allocatedBytesPerUnit),
                median(comp, LoadDriver.Measurement::allocatedBytesPerUnit), referenceFigures);
    }

    /** The side's name in the progress lines. */
    private static String name(int side) {
        return switch (side) {
            case 0 -> "baseline";
            case 1 -> "component";
            default -> "reference " + (side - 1);
        };
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
                line.append(String.format(" %s %.0f/s", name(side), rate));
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

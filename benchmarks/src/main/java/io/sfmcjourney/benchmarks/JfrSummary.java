package io.sfmcjourney.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording of a benchmark run: each sample that
 * passes through the component is attributed to the component class nearest to the top of its stack (that class and
 * what it calls: Jackson, HttpClient, ...), the others to the raw baseline, Camel outside the component, the
 * simulator, or other. Usage: {@code java -cp <classpath> io.sfmcjourney.benchmarks.JfrSummary bench.jfr}.
 */
public final class JfrSummary {

    private static final String COMPONENT = "io.sfmcjourney.camel.";

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            total++;
            counts.merge(category(event.getStackTrace().getFrames()), 1, Integer::sum);
        }
        System.out.printf("%d samples%n", total);
        int all = total;
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / all,
                        e.getKey()));
    }

    private static String category(List<RecordedFrame> frames) {
        boolean camel = false;
        for (RecordedFrame frame : frames) {
            RecordedMethod method = frame.getMethod();
            String type = method == null ? "" : method.getType().getName();
            if (type.startsWith(COMPONENT)) {
                return "component: " + type.substring(COMPONENT.length()).replaceAll("\\$.*", "");
            }
            if (type.contains("RawEventsClient")) {
                return "baseline: RawEventsClient (raw HttpClient 5)";
            }
            if (type.startsWith("io.sfmcjourney.simulator.") || type.startsWith("sun.net.httpserver.")) {
                return "simulator";
            }
            camel |= type.startsWith("org.apache.camel.");
        }
        return camel ? "Camel outside the component (template, exchange, routing)" : "other (JDK, GC, idle pools)";
    }
}

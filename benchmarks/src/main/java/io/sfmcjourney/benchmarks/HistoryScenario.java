package io.sfmcjourney.benchmarks;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * P5: draining 1,000,000 history records. Orchestrates two child JVMs: the simulator ({@link HistorySimulatorMain},
 * so its records do not count towards the measured heap) and the drains ({@link HistoryDrainMain}, with the heap capped
 * at {@value #HEAP_MB} MB, the target). The baseline is a raw paging loop (GET /history, 1,000 per page, items
 * counted while streaming). The component side is a route {@code from("sfmc-journey:getHistory?pageSize=1000...")},
 * one exchange per record, counting records until all have been seen. Both drain the same simulator.
 */
final class HistoryScenario {

    static final int HEAP_MB = 128;

    private HistoryScenario() {
    }

    static String p5HistoryDrain() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Process simulator = new ProcessBuilder(java, "-Xmx1g", "-cp", classpath, HistorySimulatorMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String base = "http://127.0.0.1:" + line(simulator.getInputStream(), "PORT=") + "/";
            Process drains = new ProcessBuilder(java, "-Xms" + HEAP_MB + "m", "-Xmx" + HEAP_MB + "m", "-XX:+UseG1GC",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath,
                    HistoryDrainMain.class.getName(), base)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                return line(drains.getInputStream(), "ROW=");
            } finally {
                drains.destroy();
            }
        } finally {
            simulator.getOutputStream().close();
            simulator.destroy();
        }
    }

    /** Echoes the child's output until a line starting with {@code prefix}; answers the rest of that line. */
    private static String line(InputStream out, String prefix) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
            System.out.println(line);
        }
        throw new IllegalStateException("a P5 child JVM exited before printing " + prefix);
    }
}

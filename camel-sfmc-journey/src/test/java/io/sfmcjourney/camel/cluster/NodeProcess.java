package io.sfmcjourney.camel.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ClusterNode} in its own JVM ({@code java -cp <this JVM's class path>}): its output goes to
 * {@code <dir>/<name>.log}, and lines starting with {@code ACTIVE} are kept.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> active = new CopyOnWriteArrayList<>();
    private volatile boolean started;

    private NodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static NodeProcess start(String name, Path dir, List<String> nodeArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(), name));
        command.addAll(nodeArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        NodeProcess node = new NodeProcess(name, process);
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        Thread reader = new Thread(() -> node.read(log), "output-" + name);
        reader.setDaemon(true);
        reader.start();
        return node;
    }

    private void read(Path log) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line; (line = lines.readLine()) != null;) {
                out.println(line);
                if (line.startsWith("ACTIVE ")) {
                    active.add(line);
                } else if (line.startsWith("STARTED ")) {
                    started = true;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    String name() {
        return name;
    }

    boolean isStarted() {
        return started;
    }

    /** The {@code ACTIVE <namespace> <millis>} lines printed so far. */
    List<String> activeLines() {
        return List.copyOf(active);
    }

    /** When this node last became the active one of the namespace (epoch millis, as it printed it). */
    long activeSince(String namespace) {
        List<String> lines = activeLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).split(" ");
            if (parts[1].equals(namespace)) {
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException(name + " never became active for " + namespace);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, no goodbye to ZooKeeper. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}

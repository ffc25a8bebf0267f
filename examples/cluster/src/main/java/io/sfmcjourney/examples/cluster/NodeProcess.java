package io.sfmcjourney.examples.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link ClusterNode} in its own JVM ({@code java -cp <this JVM's class path>}): its output goes to
 * {@code <dir>/<name>.log}; lines starting with {@code ACTIVE} are kept and passed to a listener.
 */
public final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> active = new CopyOnWriteArrayList<>();
    private final Consumer<String> listener;
    private volatile boolean started;

    private NodeProcess(String name, Process process, Consumer<String> listener) {
        this.name = name;
        this.process = process;
        this.listener = listener;
    }

    /** Starts {@code ClusterNode name nodeArgs...}; {@code listener} gets its ACTIVE lines. */
    public static NodeProcess start(String name, Path dir, List<String> nodeArgs, Consumer<String> listener)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", classPath(), ClusterNode.class.getName(), name));
        command.addAll(nodeArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        NodeProcess node = new NodeProcess(name, process, listener);
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        Thread reader = new Thread(() -> node.read(log), "output-" + name);
        reader.setDaemon(true);
        reader.start();
        return node;
    }

    /** The class path of this class (also under exec:java, where java.class.path is Maven's own). */
    private static String classPath() {
        if (NodeProcess.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    private void read(Path log) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line; (line = lines.readLine()) != null;) {
                out.println(line);
                if (line.startsWith("ACTIVE ")) {
                    active.add(line);
                    listener.accept(line);
                } else if (line.startsWith("STARTED ")) {
                    started = true;
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    public String name() {
        return name;
    }

    public boolean isStarted() {
        return started;
    }

    /** The {@code ACTIVE <namespace> <millis>} lines printed so far. */
    public List<String> activeLines() {
        return List.copyOf(active);
    }

    /** When this node last became the active one of the namespace (epoch millis, as it printed it). */
    public long activeSince(String namespace) {
        List<String> lines = activeLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).split(" ");
            if (parts[1].equals(namespace)) {
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException(name + " never became active for " + namespace);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, no goodbye to ZooKeeper. */
    public void kill() throws InterruptedException {
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

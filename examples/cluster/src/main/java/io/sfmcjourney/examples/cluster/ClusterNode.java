package io.sfmcjourney.examples.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.publish.PublishResult;
import io.sfmcjourney.camel.jdbc.JdbcPublishStore;
import io.sfmcjourney.camel.jdbc.JdbcStateRepository;
import io.sfmcjourney.camel.model.HistoryRecord;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * One node of the cluster example and of its fail-over proof, run as its own JVM ({@code java -cp <test class path> ClusterNode ...}): the
 * history and publishStatus consumers behind {@code master:} on ZooKeeper, the watermark, the processed record ids and
 * the followed publishes in PostgreSQL, and a publisher route that publishes the journeys queued in table
 * {@code cluster_journeys} (one at a time, any node). What the routes process is written to PostgreSQL in one
 * transaction with the bookkeeping of the shared stores (the processed record id, the completed publish): a kill
 * leaves both or neither, so a record or publish redelivered after a kill is processed once. A second delivery
 * (a conflict on the id) would be counted in {@code cluster_redelivered}.
 * <p>
 * Arguments: node name, ZooKeeper connect string, JDBC URL, SFMC token URL, client id, client secret, account id.
 * Prints {@code ACTIVE <namespace> <epoch millis>} when the node becomes the active one of a master route.
 */
public final class ClusterNode {

    /** ZooKeeper session timeout: a killed node's leadership ends this long after its last heartbeat. */
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(3);
    /** How long a publish claim keeps other nodes from reporting it. */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String node = args[0];
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(args[2]);
        pool.setMaximumPoolSize(4);
        pool.setPoolName("node-" + node);
        DataSource dataSource = new HikariDataSource(pool);

        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(node);
        SfmcJourneyConfiguration configuration
                = context.getComponent("sfmc-journey", SfmcJourneyComponent.class).getConfiguration();
        configuration.setAuthUrl(args[3]);
        configuration.setClientId(args[4]);
        configuration.setClientSecret(args[5]);
        configuration.setAccountId(args[6]);
        JdbcPublishStore publishes = new JdbcPublishStore(dataSource);
        publishes.setClaimTimeout(CLAIM_TIMEOUT);
        context.getRegistry().bind("publishes", publishes);

        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(node);
        cluster.setNodes(args[1]);
        cluster.setBasePath("/sfmc-journey");
        cluster.setSessionTimeout(SESSION_TIMEOUT.toMillis());
        cluster.setConnectTimeout(2000);
        context.addService(cluster);

        context.getRegistry().bind("watermarks", new JdbcStateRepository(dataSource));
        context.getRegistry().bind("processedIds",
                new CountingRepository(new JdbcMessageIdRepository(dataSource, "history"), dataSource, node));
        Sink sink = new Sink(dataSource, node);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // lag=1s: the simulator writes its records at once (against SFMC keep the default minute)
                from("master:history:sfmc-journey:getHistory?lookback=1h&overlap=5s&lag=1s&pageSize=25&initialDelay=0"
                     + "&delay=100&watermarkRepository=#watermarks&idempotentRepository=#processedIds")
                        .routeId("history")
                        .process(exchange -> sink.history(exchange.getMessage()
                                .getHeader(SfmcJourneyConstants.HISTORY_RECORD_ID, String.class),
                                exchange.getMessage().getBody(HistoryRecord.class).getContactKey()));
                from("master:publishes:sfmc-journey:publishStatus?publishStore=#publishes&initialDelay=0&delay=100"
                     + "&statusPollInitialDelay=200ms&statusPollMaxInterval=300ms")
                        .routeId("publishes")
                        .process(exchange -> {
                            PublishResult result = exchange.getMessage().getBody(PublishResult.class);
                            sink.publish(result.getStatusId(), result.getStatus());
                        });
                from("timer:publisher?period=150&delay=0")
                        .routeId("publisher")
                        .process(exchange -> exchange.getMessage().setHeader(SfmcJourneyConstants.KEY,
                                sink.nextJourney()))
                        .filter(header(SfmcJourneyConstants.KEY).isNotNull())
                        .to("sfmc-journey:publishInteractionByKey?versionNumber=1&publishStore=#publishes")
                        .process(exchange -> sink.published(exchange));
            }
        });
        context.start();
        for (String namespace : new String[] {"history", "publishes"}) {
            cluster.getView(namespace).addEventListener((CamelClusterEventListener.Leadership) (view, leader) -> {
                if (leader != null && leader.isLocal()) {
                    System.out.println("ACTIVE " + namespace + " " + System.currentTimeMillis());
                    System.out.flush();
                }
            });
        }
        System.out.println("STARTED " + node);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Writes what the routes processed to PostgreSQL. */
    static final class Sink {
        private final DataSource dataSource;
        private final String node;

        Sink(DataSource dataSource, String node) {
            this.dataSource = dataSource;
            this.node = node;
        }

        /**
         * Processes a history record: inserts it and, in the same transaction, marks it processed in the shared
         * idempotent repository's table, so that a kill leaves either both or neither.
         */
        void history(String id, String contact) throws SQLException {
            record("cluster_records", id, contact, "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId,"
                                                   + " createdAt) VALUES ('history', ?, now()) ON CONFLICT DO NOTHING");
        }

        /** Processes a publish result: inserts it and, in the same transaction, completes it in the publish store. */
        void publish(String statusId, String status) throws SQLException {
            record("cluster_publishes", statusId, status,
                    "DELETE FROM " + JdbcPublishStore.DEFAULT_TABLE + " WHERE status_id = ?");
        }

        /** Inserts the item (a second delivery is counted in {@code cluster_redelivered}) and runs {@code alsoSql}. */
        private void record(String table, String id, String detail, String alsoSql) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                                                                            + " (id, detail, node) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING");
                     PreparedStatement also = connection.prepareStatement(alsoSql)) {
                    insert.setString(1, id);
                    insert.setString(2, detail);
                    insert.setString(3, node);
                    if (insert.executeUpdate() == 0) {
                        try (PreparedStatement again = connection.prepareStatement(
                                "INSERT INTO cluster_redelivered (kind, id, node) VALUES (?, ?, ?)")) {
                            again.setString(1, table);
                            again.setString(2, id);
                            again.setString(3, node);
                            again.executeUpdate();
                        }
                    }
                    also.setString(1, id);
                    also.executeUpdate();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        }

        /** Takes the next queued journey key (atomically, one node gets it), or null. */
        String nextJourney() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement take = connection.prepareStatement("DELETE FROM cluster_journeys WHERE journey_key ="
                                                                      + " (SELECT journey_key FROM cluster_journeys ORDER BY journey_key"
                                                                      + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING journey_key")) {
                try (var row = take.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }

        void published(Exchange exchange) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO cluster_started (status_id, journey_key, node) VALUES (?, ?, ?)")) {
                insert.setString(1, exchange.getMessage().getHeader(SfmcJourneyConstants.STATUS_ID, String.class));
                insert.setString(2, exchange.getMessage().getHeader(SfmcJourneyConstants.KEY, String.class));
                insert.setString(3, node);
                insert.executeUpdate();
            }
        }
    }

    /**
     * The shared JDBC repository, counting in {@code cluster_skipped} the records it kept from being processed again:
     * those the node would have processed twice without a shared repository.
     */
    static final class CountingRepository extends ServiceSupport implements IdempotentRepository {
        private final JdbcMessageIdRepository delegate;
        private final DataSource dataSource;
        private final String node;

        CountingRepository(JdbcMessageIdRepository delegate, DataSource dataSource, String node) {
            this.delegate = delegate;
            this.dataSource = dataSource;
            this.node = node;
        }

        @Override
        public boolean contains(String key) {
            boolean known = delegate.contains(key);
            if (known) {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO cluster_skipped (id, node) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, node);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return known;
        }

        @Override
        public boolean add(String key) {
            return delegate.add(key);
        }

        @Override
        public boolean remove(String key) {
            return delegate.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            return delegate.confirm(key);
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        protected void doStart() throws Exception {
            delegate.start();
        }

        @Override
        protected void doStop() throws Exception {
            delegate.stop();
        }
    }
}

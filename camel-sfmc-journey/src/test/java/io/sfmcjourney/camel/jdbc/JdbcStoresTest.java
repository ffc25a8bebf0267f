package io.sfmcjourney.camel.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.publish.StartedPublish;
import io.sfmcjourney.camel.testsupport.EmbeddedPostgres;
import io.sfmcjourney.camel.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC StateRepository and publish store on a real PostgreSQL. */
class JdbcStoresTest {

    private static final SfmcCredentials A = new SfmcCredentials("http://127.0.0.1/v2/token", "client-a", "secret-a",
            "100", null);
    private static final SfmcCredentials B = new SfmcCredentials("http://127.0.0.1/v2/token", "client-b", "secret-b",
            null, null);
    private static final AtomicInteger TABLES = new AtomicInteger();

    private static DataSource dataSource;

    @BeforeAll
    static void database() throws Exception {
        dataSource = EmbeddedPostgres.shared().dataSource();
    }

    private static String table(String prefix) {
        return prefix + "_" + TABLES.incrementAndGet();
    }

    @Test
    void stateIsWrittenThroughAndSeenByAnotherRepositoryOnTheSameTable() throws Exception {
        String table = table("state");
        JdbcStateRepository nodeA = new JdbcStateRepository(dataSource, table);
        JdbcStateRepository nodeB = new JdbcStateRepository(dataSource, table);
        nodeA.start();
        assertThat(nodeB.getState("getHistory")).isNull();
        nodeA.setState("getHistory", "2026-01-01T00:00:00Z");
        assertThat(nodeB.getState("getHistory")).isEqualTo("2026-01-01T00:00:00Z");
        nodeB.setState("getHistory", "2026-01-02T00:00:00Z");
        nodeB.setState("other", "x");
        assertThat(nodeA.getState("getHistory")).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(nodeA.getState("other")).isEqualTo("x");
    }

    @Test
    void concurrentFirstWritesOfOneKeyAllSucceedAndOneValueWins() throws Exception {
        String table = table("state");
        inParallel(8, i -> new JdbcStateRepository(dataSource, table).setState("k", "v" + i));
        assertThat(new JdbcStateRepository(dataSource, table).getState("k")).matches("v[0-7]");
    }

    @Test
    void aBadTableNameIsRejectedEarly() {
        assertThatThrownBy(() -> new JdbcStateRepository(dataSource, "state; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tableName");
        assertThatThrownBy(() -> new JdbcPublishStore(dataSource, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tableName");
    }

    @Test
    void pendingPublishesAreThoseOfTheSameAccountOrOfUnknownCredentialsOldestFirst() {
        JdbcPublishStore store = new JdbcPublishStore(dataSource, table("publish"));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        store.add(new StartedPublish("s2", "j2", null, 3, A, t0.plusSeconds(2)));
        store.add(new StartedPublish("s1", null, "key-1", null, A, t0.plusSeconds(1)));
        store.add(new StartedPublish("s3", null, null, null, B, t0));
        store.add(new StartedPublish("s4", null, null, null, null, t0.plusSeconds(4)));
        store.add(new StartedPublish("s1", "other", null, null, B, t0)); // already recorded: kept as it was

        assertThat(store.pending(A)).containsExactly(
                new StartedPublish("s1", null, "key-1", null, A, t0.plusSeconds(1)),
                new StartedPublish("s2", "j2", null, 3, A, t0.plusSeconds(2)),
                new StartedPublish("s4", null, null, null, A, t0.plusSeconds(4)));
        assertThat(store.pending(B)).extracting(StartedPublish::statusId).containsExactly("s3", "s4");
        assertThat(store.pending(null)).extracting(StartedPublish::statusId).containsExactly("s3", "s1", "s2", "s4");
    }

    @Test
    void oneOwnerWinsAClaimUntilItExpiresAndACompletedPublishIsNoLongerPending() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        String table = table("publish");
        JdbcPublishStore nodeA = new JdbcPublishStore(dataSource, table, clock);
        JdbcPublishStore nodeB = new JdbcPublishStore(dataSource, table, clock);
        nodeA.setClaimTimeout(Duration.ofSeconds(30));
        nodeB.setClaimTimeout(Duration.ofSeconds(30));
        nodeA.add(new StartedPublish("s1", null, null, null, A, clock.instant()));

        assertThat(nodeA.claim("s1", "a")).isTrue();
        assertThat(nodeB.claim("s1", "b")).isFalse();
        assertThat(nodeA.claim("s1", "a")).isTrue();
        clock.advance(Duration.ofSeconds(31)); // a died without completing
        assertThat(nodeB.claim("s1", "b")).isTrue();
        assertThat(nodeA.claim("s1", "a")).isFalse();
        nodeB.complete("s1");
        assertThat(nodeA.pending(A)).isEmpty();
        assertThat(nodeA.claim("s1", "a")).isFalse();
        assertThatThrownBy(() -> nodeA.setClaimTimeout(Duration.ZERO)).hasMessageContaining("claimTimeout");
    }

    @Test
    void concurrentClaimsOf20PublishesHaveExactlyOneWinnerEach() throws Exception {
        String table = table("publish");
        JdbcPublishStore store = new JdbcPublishStore(dataSource, table);
        for (int i = 0; i < 20; i++) {
            store.add(new StartedPublish("s" + i, null, null, null, A, Instant.now()));
        }
        AtomicInteger won = new AtomicInteger();
        inParallel(3, o -> {
            JdbcPublishStore node = new JdbcPublishStore(dataSource, table);
            for (int i = 0; i < 20; i++) {
                if (node.claim("s" + i, "node-" + o)) {
                    won.incrementAndGet();
                }
            }
        });
        assertThat(won).hasValue(20);
    }

    @Test
    void credentialsAreStoredWithoutTheirSecret() throws Exception {
        String table = table("publish");
        new JdbcPublishStore(dataSource, table).add(new StartedPublish("s1", null, null, null, A, Instant.now()));
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT * FROM " + table)) {
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    all.append(rows.getString(c)).append('|');
                }
            }
            assertThat(all.toString()).contains("client-a").doesNotContain("secret-a");
        }
    }

    /** A task run by each of {@code threads} threads at once (given its index); fails with the first failure. */
    private static void inParallel(int threads, IndexedTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                tasks.add(() -> {
                    task.run(index);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A task given its thread's index. */
    private interface IndexedTask {
        void run(int index) throws Exception;
    }
}

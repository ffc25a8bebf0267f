package io.sfmcjourney.camel.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.publish.PublishStore;
import io.sfmcjourney.camel.publish.StartedPublish;
import org.apache.camel.RuntimeCamelException;

/**
 * A {@link PublishStore} in a database table every node reaches (plain JDBC on a {@link DataSource}; the table is
 * created if absent; tested with PostgreSQL). A row per pending publish: its status id, journey, the non-secret
 * identity of its credentials (token URL, client id, account; never the secret), its start, and the claim of the
 * consumer reporting it (times as epoch milliseconds, so nodes in other time zones agree). A claim is one conditional UPDATE, so exactly one consumer wins it; it expires after
 * {@code claimTimeout} (default 60 s), long enough for the route to process the result. Completing deletes the row.
 */
public class JdbcPublishStore implements PublishStore {

    /** The table used unless another is given. */
    public static final String DEFAULT_TABLE = "sfmc_journey_publish";

    private final JdbcTable table;
    private final Clock clock;
    private Duration claimTimeout = Duration.ofSeconds(60);

    /** A store in table {@value #DEFAULT_TABLE}. */
    public JdbcPublishStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** A store in the given table (a plain SQL name, optionally schema-qualified). */
    public JdbcPublishStore(DataSource dataSource, String tableName) {
        this(dataSource, tableName, Clock.systemUTC());
    }

    JdbcPublishStore(DataSource dataSource, String tableName, Clock clock) {
        this.table = new JdbcTable(dataSource, tableName,
                "status_id VARCHAR(255) PRIMARY KEY, journey_id VARCHAR(255), journey_key VARCHAR(255),"
                                                          + " version_number INTEGER, account VARCHAR(1000),"
                                                          + " started_at BIGINT NOT NULL, claimed_by VARCHAR(255),"
                                                          + " claimed_until BIGINT");
        this.clock = clock;
    }

    /** How long a claim keeps other consumers from reporting the publish; default 60 s. */
    public Duration getClaimTimeout() {
        return claimTimeout;
    }

    public void setClaimTimeout(Duration claimTimeout) {
        if (claimTimeout == null || claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("sfmc-journey: claimTimeout must be positive, was " + claimTimeout);
        }
        this.claimTimeout = claimTimeout;
    }

    @Override
    public void add(StartedPublish publish) {
        try (Connection connection = table.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name()
                                                                    + " (status_id, journey_id, journey_key, version_number, account, started_at)"
                                                                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, publish.statusId());
            insert.setString(2, publish.journeyId());
            insert.setString(3, publish.journeyKey());
            if (publish.versionNumber() != null) {
                insert.setInt(4, publish.versionNumber());
            } else {
                insert.setNull(4, Types.INTEGER);
            }
            insert.setString(5, account(publish.credentials()));
            insert.setLong(6, publish.startedAt().toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!JdbcErrors.isDuplicateKey(e)) {
                throw failure("Recording publish " + publish.statusId(), e);
            }
        }
    }

    @Override
    public List<StartedPublish> pending(SfmcCredentials credentials) {
        String filter = credentials != null ? " WHERE account IS NULL OR account = ?" : "";
        try (Connection connection = table.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT status_id, journey_id, journey_key, version_number, started_at FROM " + table.name()
                                                                    + filter + " ORDER BY started_at, status_id")) {
            if (credentials != null) {
                select.setString(1, account(credentials));
            }
            List<StartedPublish> publishes = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int version = row.getInt(4);
                    Integer versionNumber = row.wasNull() ? null : version;
                    publishes.add(new StartedPublish(row.getString(1), row.getString(2), row.getString(3),
                            versionNumber, credentials, Instant.ofEpochMilli(row.getLong(5))));
                }
            }
            return publishes;
        } catch (SQLException e) {
            throw failure("Reading the pending publishes", e);
        }
    }

    @Override
    public boolean claim(String statusId, String owner) {
        Instant now = clock.instant();
        try (Connection connection = table.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE " + table.name()
                                                                    + " SET claimed_by = ?, claimed_until = ? WHERE status_id = ?"
                                                                    + " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)")) {
            update.setString(1, owner);
            update.setLong(2, now.plus(claimTimeout).toEpochMilli());
            update.setString(3, statusId);
            update.setString(4, owner);
            update.setLong(5, now.toEpochMilli());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("Claiming publish " + statusId, e);
        }
    }

    @Override
    public void complete(String statusId) {
        try (Connection connection = table.connect();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM " + table.name() + " WHERE status_id = ?")) {
            delete.setString(1, statusId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("Completing publish " + statusId, e);
        }
    }

    /** The non-secret identity of credentials, or null when unknown. */
    private static String account(SfmcCredentials credentials) {
        if (credentials == null) {
            return null;
        }
        return credentials.authUrl() + " " + credentials.clientId() + " "
               + (credentials.accountId() != null ? credentials.accountId() : "");
    }

    private RuntimeCamelException failure(String action, SQLException e) {
        return new RuntimeCamelException(action + " in table " + table.name() + " failed", e);
    }

    @Override
    public String toString() {
        return "JdbcPublishStore[" + table.name() + "]";
    }
}

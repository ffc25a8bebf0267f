package io.sfmcjourney.camel.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a database table every node reaches, e.g. the history consumers' watermarks
 * ({@code watermarkRepository}) of a cluster. Plain JDBC on a {@link DataSource}; the table ({@code state_key},
 * {@code state_value}, {@code updated_at}) is created if absent (tested with PostgreSQL; any database with
 * {@code CREATE TABLE IF NOT EXISTS} works). {@link #setState} writes through at once (an update, else an insert);
 * a database error is thrown as a {@link RuntimeCamelException}, so a consumer's poll fails rather than loses a
 * watermark. Thread-safe.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table used unless another is given. */
    public static final String DEFAULT_TABLE = "sfmc_journey_state";

    private final JdbcTable table;

    /** A repository in table {@value #DEFAULT_TABLE}. */
    public JdbcStateRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** A repository in the given table (a plain SQL name, optionally schema-qualified). */
    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.table = new JdbcTable(dataSource, tableName,
                "state_key VARCHAR(255) PRIMARY KEY, state_value VARCHAR(4000), updated_at TIMESTAMP NOT NULL");
    }

    @Override
    public String getState(String key) {
        try (Connection connection = table.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state_value FROM " + table.name() + " WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Reading state " + key + " from table " + table.name() + " failed", e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = table.connect()) {
            if (update(connection, key, value) == 0 && !insert(connection, key, value)) {
                update(connection, key, value); // inserted by another node in between
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Writing state " + key + " to table " + table.name() + " failed", e);
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.name() + " SET state_value = ?, updated_at = CURRENT_TIMESTAMP WHERE state_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate();
        }
    }

    /** False when the key exists already (a unique violation). */
    private boolean insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table.name() + " (state_key, state_value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (JdbcErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    protected void doStart() throws Exception {
        table.connect().close();
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + table.name() + "]";
    }
}

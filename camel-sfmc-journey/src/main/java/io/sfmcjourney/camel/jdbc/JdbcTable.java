package io.sfmcjourney.camel.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/** A table of a JDBC store: its checked name and its creation (if absent) before the first use. Thread-safe. */
final class JdbcTable {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private final DataSource dataSource;
    private final String name;
    private final String columns;
    private volatile boolean ready;

    /**
     * @param dataSource the database
     * @param name       the table name (letters, digits, underscores; optionally schema-qualified)
     * @param columns    the column definitions of {@code CREATE TABLE IF NOT EXISTS name (columns)}
     */
    JdbcTable(DataSource dataSource, String name, String columns) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("sfmc-journey: tableName '" + name
                                               + "' is not a plain SQL table name (letters, digits, underscores,"
                                               + " optionally schema.table)");
        }
        this.name = name;
        this.columns = columns;
    }

    String name() {
        return name;
    }

    /** A connection to the database, the table created if it was absent. */
    Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!ready) {
            try {
                create(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private synchronized void create(Connection connection) throws SQLException {
        if (ready) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + name + " (" + columns + ")");
        } catch (SQLException e) {
            // another node may have created it at the same moment
            if (!exists(connection)) {
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        ready = true;
    }

    private boolean exists(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + name + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}

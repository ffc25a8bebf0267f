package io.sfmcjourney.camel.jdbc;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Classifies JDBC errors. */
final class JdbcErrors {

    private JdbcErrors() {
    }

    /** Whether the error is a unique or primary key violation (SQLSTATE 23505, or 23000 with most drivers). */
    static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLIntegrityConstraintViolationException || "23505".equals(state)
               || state != null && state.startsWith("23");
    }
}

package com.lockgate.repository;

import com.lockgate.config.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Small base class for the hand-written JDBC repositories.
 */
public abstract class JdbcSupport {

    protected final DataSource dataSource;

    protected JdbcSupport() {
        this(Database.get().dataSource());
    }

    protected JdbcSupport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    protected Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    protected static RuntimeException wrap(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}

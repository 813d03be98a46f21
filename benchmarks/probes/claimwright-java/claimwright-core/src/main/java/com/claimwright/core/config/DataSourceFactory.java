package com.claimwright.core.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.*;
import javax.sql.DataSource;

public final class DataSourceFactory {

    private DataSourceFactory() {
    }

    public static DataSource primary() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(AppSettings.required("CLAIMWRIGHT_DB_URL"));
        config.setUsername(AppSettings.required("CLAIMWRIGHT_DB_USER"));
        config.setPassword(AppSettings.required("CLAIMWRIGHT_DB_PASSWORD"));
        config.setMaximumPoolSize(Integer.parseInt(AppSettings.optional("CLAIMWRIGHT_DB_POOL", "20")));
        return new HikariDataSource(config);
    }

    /** Short-lived connection to the read replica used by month-end reporting jobs. */
    public static Connection openReporting() throws SQLException {
        return DriverManager.getConnection(AppSettings.required("CLAIMWRIGHT_REPORTING_URL"), AppSettings.required("CLAIMWRIGHT_REPORTING_USER"), AppSettings.required("CLAIMWRIGHT_REPORTING_PASSWORD")); // SAFE secret
    }
}

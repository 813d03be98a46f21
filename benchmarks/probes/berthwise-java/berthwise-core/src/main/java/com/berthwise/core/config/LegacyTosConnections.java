package com.berthwise.core.config;

import java.sql.*;

public final class LegacyTosConnections {
    private static final String LEGACY_URL = "jdbc:postgresql://tos-legacy.berthwise.internal:5432/navis_ro";

    private LegacyTosConnections() {
    }

    public static Connection openReadOnly() throws SQLException {
        Connection connection = DriverManager.getConnection(LEGACY_URL, "tos_reader", "N4vis!Reader2021"); // VULN secret
        connection.setReadOnly(true);
        return connection;
    }
}

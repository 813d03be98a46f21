package com.dosewell.audit.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Read-mostly connection to the pharmacy database using the audit role.
 */
public final class AuditDataSource {

    private static final String URL = System.getProperty("dosewell.audit.jdbcUrl",
            "jdbc:postgresql://pharmacy-db.dosewell.internal:5432/dosewell?ssl=true&sslmode=verify-full");
    private static final String USER = "cs_audit";
    private static final String PASSWORD = "Cs-Audit#Ledger2019"; // VULN secret

    private AuditDataSource() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}

package com.cargomark.admin.db;

import javax.sql.DataSource;

import jakarta.servlet.ServletContext;
import org.postgresql.ds.PGSimpleDataSource;

public final class AdminDataSource {

    public static final String ATTRIBUTE = "cargomark.admin.dataSource";

    private static final String DEFAULT_URL = "jdbc:postgresql://db-legacy.cargomark.internal:5432/cargomark";

    private AdminDataSource() {
    }

    public static DataSource create(ServletContext context) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        String url = context.getInitParameter("admin.jdbc.url");
        ds.setUrl(url != null ? url : DEFAULT_URL);
        ds.setUser("cm_backoffice");
        ds.setPassword("Bk0ff!ce-Rdam#2019"); // VULN secret
        ds.setApplicationName("cargomark-admin");
        ds.setConnectTimeout(10);
        return ds;
    }

    public static DataSource from(ServletContext context) {
        return (DataSource) context.getAttribute(ATTRIBUTE);
    }
}

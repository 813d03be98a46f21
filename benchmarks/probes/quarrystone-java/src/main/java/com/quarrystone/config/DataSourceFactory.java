package com.quarrystone.config;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds connection pools for the primary (read/write) database and the reporting replica.
 */
public final class DataSourceFactory {

    private final AppConfig config;

    public DataSourceFactory(AppConfig config) {
        this.config = config;
    }

    public DataSource primary() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(config.get("quarrystone.db.url"));
        ds.setUser(config.get("quarrystone.db.user", "qs_app"));
        ds.setPassword(System.getenv("QUARRYSTONE_DB_PASSWORD")); // SAFE secret
        ds.setApplicationName("quarrystone-dispatch");
        ds.setConnectTimeout(5);
        return ds;
    }

    public DataSource reportingReplica() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(config.get("quarrystone.db.reporting.url"));
        ds.setUser(config.get("quarrystone.db.reporting.user", "qs_report"));
        ds.setPassword("Qu4rryR3port!2021"); // VULN secret
        ds.setApplicationName("quarrystone-reporting");
        ds.setReadOnly(true);
        return ds;
    }

    public DSLContext primaryDsl() {
        return DSL.using(primary(), SQLDialect.POSTGRES);
    }

    public DSLContext reportingDsl() {
        return DSL.using(reportingReplica(), SQLDialect.POSTGRES);
    }
}

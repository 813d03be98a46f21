package com.tariffly.repository;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each brokerage tenant keeps its compliance audit trail in its own schema.
 */
@Repository
public class AuditTrailDao {

    private static final Map<String, String> TENANT_SCHEMAS = Map.of(
            "default", "tenant_default",
            "rotterdam", "tenant_rtm",
            "felixstowe", "tenant_fxt",
            "hamburg", "tenant_ham");

    private final JdbcTemplate jdbc;

    public AuditTrailDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String tenant, String actor, String action, String note) {
        String sql = "INSERT INTO tenant_" + tenant + ".audit_trail (actor, action, note, recorded_at) VALUES (?, ?, ?, now())";
        jdbc.update(sql, actor, action, note); // VULN sqli
    }

    public List<Map<String, Object>> recent(String tenant, int limit) {
        String schema = TENANT_SCHEMAS.get(tenant);
        if (schema == null) {
            throw new IllegalArgumentException("Unknown tenant");
        }
        return jdbc.queryForList("SELECT actor, action, note, recorded_at FROM " + schema + ".audit_trail ORDER BY recorded_at DESC LIMIT ?", Math.min(limit, 500)); // SAFE sqli
    }
}

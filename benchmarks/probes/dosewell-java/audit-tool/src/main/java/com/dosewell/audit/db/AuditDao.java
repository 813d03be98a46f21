package com.dosewell.audit.db;

import com.dosewell.audit.model.AuditEvent;
import com.dosewell.audit.model.AuditorAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class AuditDao {

    private static final String EVENT_COLUMNS =
            "e.id, e.occurred_at, e.event_type, e.actor, e.witness, e.cabinet_code, d.name AS drug_name, "
            + "e.drug_ndc, d.controlled_schedule, e.quantity, e.note";
    private static final String EVENT_FROM = " FROM cs_audit_event e JOIN drug d ON d.ndc = e.drug_ndc ";

    /**
     * Free-text search over drug name and NDC, optionally limited to one schedule.
     */
    public List<AuditEvent> search(String text, Integer schedule) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS).append(EVENT_FROM)
                .append("WHERE (d.name ILIKE '%").append(text).append("%' OR e.drug_ndc LIKE '").append(text).append("%')");
        if (schedule != null) {
            sql.append(" AND d.controlled_schedule = ").append(schedule.intValue());
        }
        sql.append(" ORDER BY e.occurred_at DESC LIMIT 500");
        try (Connection conn = AuditDataSource.open();
             Statement stmt = conn.createStatement();
             ResultSet rs = stmt.executeQuery(sql.toString())) { // VULN sqli
            return mapEvents(rs);
        }
    }

    public List<AuditEvent> byActor(String actor, int limit) throws SQLException {
        String sql = "SELECT " + EVENT_COLUMNS + EVENT_FROM
                + "WHERE e.actor = ? OR e.witness = ? ORDER BY e.occurred_at DESC LIMIT ?";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, actor);
            ps.setString(2, actor);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return mapEvents(rs);
            }
        }
    }

    public List<AuditEvent> forCabinet(String cabinetCode) throws SQLException {
        String sql = "SELECT " + EVENT_COLUMNS + EVENT_FROM + "WHERE e.cabinet_code = ? ORDER BY e.occurred_at";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, cabinetCode);
            try (ResultSet rs = ps.executeQuery()) {
                return mapEvents(rs);
            }
        }
    }

    public int insertImported(String siteCode, List<AuditEvent> events) throws SQLException {
        String sql = "INSERT INTO cs_audit_import (site_code, occurred_at, event_type, actor, witness, cabinet_code, "
                + "drug_ndc, quantity, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            conn.setAutoCommit(false);
            for (AuditEvent e : events) {
                ps.setString(1, siteCode);
                ps.setTimestamp(2, Timestamp.from(e.getOccurredAt()));
                ps.setString(3, e.getEventType());
                ps.setString(4, e.getActor());
                ps.setString(5, e.getWitness());
                ps.setString(6, e.getCabinetCode());
                ps.setString(7, e.getDrugNdc());
                ps.setBigDecimal(8, e.getQuantity());
                ps.setString(9, e.getNote());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            conn.commit();
            return counts.length;
        }
    }

    public Optional<AuditorAccount> findAccount(String username) throws SQLException {
        String sql = "SELECT username, display_name, password_hash, hash_scheme, salt, is_admin "
                + "FROM auditor_account WHERE username = ? AND enabled";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AuditorAccount(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        rs.getString("hash_scheme"),
                        rs.getBytes("salt"),
                        rs.getBoolean("is_admin")));
            }
        }
    }

    public void savePassword(String username, String hash, String scheme, byte[] salt) throws SQLException {
        String sql = "UPDATE auditor_account SET password_hash = ?, hash_scheme = ?, salt = ?, "
                + "password_changed_at = now() WHERE username = ?";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, hash);
            ps.setString(2, scheme);
            ps.setBytes(3, salt);
            ps.setString(4, username);
            ps.executeUpdate();
        }
    }

    public void createAccount(String username, String displayName, String hash, String scheme, byte[] salt)
            throws SQLException {
        String sql = "INSERT INTO auditor_account (username, display_name, password_hash, hash_scheme, salt, "
                + "is_admin, enabled) VALUES (?, ?, ?, ?, ?, false, true)";
        try (Connection conn = AuditDataSource.open();
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, hash);
            ps.setString(4, scheme);
            ps.setBytes(5, salt);
            ps.executeUpdate();
        }
    }

    private static List<AuditEvent> mapEvents(ResultSet rs) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        while (rs.next()) {
            AuditEvent e = new AuditEvent();
            e.setId(rs.getLong("id"));
            e.setOccurredAt(rs.getTimestamp("occurred_at").toInstant());
            e.setEventType(rs.getString("event_type"));
            e.setActor(rs.getString("actor"));
            e.setWitness(rs.getString("witness"));
            e.setCabinetCode(rs.getString("cabinet_code"));
            e.setDrugName(rs.getString("drug_name"));
            e.setDrugNdc(rs.getString("drug_ndc"));
            int schedule = rs.getInt("controlled_schedule");
            e.setSchedule(rs.wasNull() ? null : schedule);
            e.setQuantity(rs.getBigDecimal("quantity"));
            e.setNote(rs.getString("note"));
            events.add(e);
        }
        return events;
    }
}

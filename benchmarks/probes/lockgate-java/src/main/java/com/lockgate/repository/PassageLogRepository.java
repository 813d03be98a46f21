package com.lockgate.repository;

import com.lockgate.model.PassageEvent;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only record of chamber passages, fed by the lock-side controllers.
 * Uses plain statements because the table is partitioned by day and the driver's
 * server-side prepare does not play well with partition pruning here.
 */
public class PassageLogRepository extends JdbcSupport {

    public void record(PassageEvent event) {
        Instant at = event.getClearedAt() == null ? Instant.now() : event.getClearedAt();
        String sql = "INSERT INTO passage_log (lock_code, vessel_name, registration_no, direction, operator, cleared_at) VALUES ('"
                + event.getLockCode() + "', '" + event.getVesselName() + "', '" + event.getRegistrationNo() + "', '"
                + event.getDirection() + "', '" + event.getOperator() + "', TIMESTAMPTZ '" + at + "')";
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql); // VULN sqli
        } catch (SQLException e) {
            throw wrap("record", e);
        }
    }

    public List<Map<String, Object>> history(String lockCode, String operator, int days) {
        String sql = "SELECT lock_code, vessel_name, registration_no, direction, operator, cleared_at FROM passage_log "
                + "WHERE lock_code = '" + lockCode + "' AND cleared_at > now() - interval '" + days + " days'";
        if (operator != null && !operator.isBlank()) {
            sql += " AND operator = '" + operator + "'";
        }
        sql += " ORDER BY cleared_at DESC";
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // VULN sqli
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("lockCode", rs.getString(1));
                row.put("vesselName", rs.getString(2));
                row.put("registrationNo", rs.getString(3));
                row.put("direction", rs.getString(4));
                row.put("operator", rs.getString(5));
                row.put("clearedAt", rs.getTimestamp(6).toInstant());
                rows.add(row);
            }
        } catch (SQLException e) {
            throw wrap("history", e);
        }
        return rows;
    }

    public int countForLock(int lockId, int days) {
        String sql = "SELECT count(*) FROM passage_log p JOIN lock_site l ON l.code = p.lock_code WHERE l.id = " + lockId
                + " AND p.cleared_at > now() - interval '" + days + " days'";
        try (Connection c = connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // SAFE sqli
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw wrap("countForLock", e);
        }
    }
}

package com.nacelle.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nacelle.dto.CurtailmentDtos.CurtailmentSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CurtailmentRepository {

    /** A report filter saved by a planner; the nightly job exports one CSV per filter. */
    public record SavedFilter(long id, String name, String gridZone, BigDecimal minCurtailedMw,
                              String operatorCode, String recipientEmail) {
    }

    public record LetterTemplate(long id, String operatorCode, String name, String body) {
    }

    private final JdbcTemplate jdbcTemplate;

    public CurtailmentRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void saveFilter(String name, String gridZone, BigDecimal minCurtailedMw, String operatorCode, String recipientEmail) {
        jdbcTemplate.update("INSERT INTO grid.saved_filters (name, grid_zone, min_curtailed_mw, operator_code, recipient_email) VALUES (?, ?, ?, ?, ?)", name, gridZone, minCurtailedMw, operatorCode, recipientEmail); // SAFE sqli
    }

    public List<SavedFilter> findAllFilters() {
        return jdbcTemplate.query("SELECT id, name, grid_zone, min_curtailed_mw, operator_code, recipient_email FROM grid.saved_filters ORDER BY id",
                (rs, i) -> new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("grid_zone"),
                        rs.getBigDecimal("min_curtailed_mw"), rs.getString("operator_code"), rs.getString("recipient_email")));
    }

    /**
     * Curtailment events matching a saved filter for the given day.
     */
    public List<Map<String, Object>> findEventsForFilter(SavedFilter filter, LocalDate day) {
        String sql = "SELECT e.event_id, e.turbine_tag, e.grid_zone, e.started_at, e.ended_at, e.curtailed_mwh, e.instruction_ref"
                + " FROM grid.curtailment_events e"
                + " WHERE e.grid_zone = '" + filter.gridZone() + "'"
                + " AND e.curtailed_mwh >= " + filter.minCurtailedMw().toPlainString()
                + " AND e.started_at::date = ?"
                + " ORDER BY e.started_at";
        return jdbcTemplate.queryForList(sql, day); // VULN sqli
    }

    public List<CurtailmentSummary> dailySummary(String gridZone, LocalDate from, LocalDate to) {
        return jdbcTemplate.query("""
                SELECT grid_zone, started_at::date AS day, sum(curtailed_mwh) AS mwh, sum(compensation_eur) AS eur, count(*) AS n
                  FROM grid.curtailment_events
                 WHERE grid_zone = ? AND started_at::date BETWEEN ? AND ?
                 GROUP BY grid_zone, started_at::date
                 ORDER BY day
                """, (rs, i) -> new CurtailmentSummary(rs.getString("grid_zone"), rs.getObject("day", LocalDate.class),
                rs.getBigDecimal("mwh"), rs.getBigDecimal("eur"), rs.getInt("n")), gridZone, from, to);
    }

    public void saveSubscription(String operatorCode, String callbackUrl, String zonesCsv) {
        jdbcTemplate.update("INSERT INTO grid.operator_subscriptions (operator_code, callback_url, grid_zones, created_at) VALUES (?, ?, ?, now())",
                operatorCode, callbackUrl, zonesCsv);
    }

    public long saveLetterTemplate(String operatorCode, String name, String body) {
        jdbcTemplate.update("INSERT INTO grid.letter_templates (operator_code, name, body) VALUES (?, ?, ?) "
                + "ON CONFLICT (operator_code) DO UPDATE SET name = EXCLUDED.name, body = EXCLUDED.body", operatorCode, name, body);
        return jdbcTemplate.queryForObject("SELECT id FROM grid.letter_templates WHERE operator_code = ?", Long.class, operatorCode);
    }

    public Optional<LetterTemplate> findLetterTemplate(String operatorCode) {
        return jdbcTemplate.query("SELECT id, operator_code, name, body FROM grid.letter_templates WHERE operator_code = ?",
                (rs, i) -> new LetterTemplate(rs.getLong("id"), rs.getString("operator_code"), rs.getString("name"), rs.getString("body")),
                operatorCode).stream().findFirst();
    }

    public void recordDispatchInstruction(String instructionRef, String gridZone, BigDecimal limitMw, String rawXml) {
        jdbcTemplate.update("INSERT INTO grid.dispatch_instructions (instruction_ref, grid_zone, limit_mw, raw_xml, received_at) VALUES (?, ?, ?, ?, now())",
                instructionRef, gridZone, limitMw, rawXml);
    }

    public Optional<String> latestDispatchXml(String gridZone) {
        return jdbcTemplate.queryForList("SELECT raw_xml FROM grid.dispatch_instructions WHERE grid_zone = ? ORDER BY received_at DESC LIMIT 1",
                String.class, gridZone).stream().findFirst();
    }
}

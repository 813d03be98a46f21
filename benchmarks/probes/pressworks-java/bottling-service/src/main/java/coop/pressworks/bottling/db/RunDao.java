package coop.pressworks.bottling.db;

import coop.pressworks.bottling.api.BottlingApi.BatchSummary;
import coop.pressworks.bottling.api.BottlingApi.BottlingRun;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * Bottling runs and the cider lots (batches) they draw from.
 */
public class RunDao {

    private static final String RUN_COLUMNS =
            "r.id, r.line_code, r.sku, r.lot_code, r.season, r.status, r.bottles_planned, r.bottles_filled, "
                    + "r.abv, r.started_at, r.operator_notes, r.tasting_notes, r.supervisor";

    private static final RowMapper<BottlingRun> RUN_MAPPER = (rs, ctx) -> new BottlingRun(
            rs.getLong("id"),
            rs.getString("line_code"),
            rs.getString("sku"),
            rs.getString("lot_code"),
            rs.getString("season"),
            rs.getString("status"),
            rs.getInt("bottles_planned"),
            rs.getInt("bottles_filled"),
            rs.getBigDecimal("abv"),
            rs.getTimestamp("started_at").toInstant(),
            rs.getString("operator_notes"),
            rs.getString("tasting_notes"),
            rs.getString("supervisor"));

    private final Jdbi jdbi;

    public RunDao(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<BottlingRun> findRun(long runId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + RUN_COLUMNS + " FROM bottling_run r WHERE r.id = :id")
                .bind("id", runId)
                .map(RUN_MAPPER)
                .findOne());
    }

    public List<BottlingRun> findByLine(String lineCode) {
        String sql = "SELECT " + RUN_COLUMNS + " FROM bottling_run r WHERE r.line_code = '" + lineCode + "' ORDER BY r.started_at DESC LIMIT 200";
        return jdbi.withHandle(handle -> handle.createQuery(sql).map(RUN_MAPPER).list()); // VULN sqli
    }

    public List<BottlingRun> findByStatus(String status) {
        String sql = "SELECT " + RUN_COLUMNS + " FROM bottling_run r WHERE r.status = :status ORDER BY r.started_at DESC LIMIT 200";
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("status", status).map(RUN_MAPPER).list()); // SAFE sqli
    }

    public List<BatchSummary> searchBatches(String season, String lotPrefix) {
        String sql = "SELECT b.lot_code, b.season, b.blend_name, b.litres, count(r.id) AS runs "
                + "FROM cider_batch b LEFT JOIN bottling_run r ON r.lot_code = b.lot_code "
                + "WHERE b.season = :season AND b.lot_code LIKE '" + lotPrefix + "%' "
                + "GROUP BY b.lot_code, b.season, b.blend_name, b.litres ORDER BY b.lot_code";
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("season", season).map((rs, ctx) -> new BatchSummary(rs.getString("lot_code"), rs.getString("season"), rs.getString("blend_name"), rs.getBigDecimal("litres"), rs.getInt("runs"))).list()); // VULN sqli
    }

    public List<BottlingRun> exportAll(String orderColumn, boolean descending) {
        String sql = "SELECT " + RUN_COLUMNS + " FROM bottling_run r ORDER BY " + orderColumn + (descending ? " DESC" : " ASC");
        return jdbi.withHandle(handle -> handle.createQuery(sql).map(RUN_MAPPER).list()); // SAFE sqli
    }

    public long createRun(String lineCode, String sku, String lotCode, String season, int bottlesPlanned,
                          BigDecimal abv, String supervisor) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO bottling_run (line_code, sku, lot_code, season, status, bottles_planned, "
                        + "bottles_filled, abv, started_at, supervisor) VALUES (:line, :sku, :lot, :season, 'PLANNED', "
                        + ":planned, 0, :abv, :started, :supervisor)")
                .bind("line", lineCode)
                .bind("sku", sku)
                .bind("lot", lotCode)
                .bind("season", season)
                .bind("planned", bottlesPlanned)
                .bind("abv", abv)
                .bind("started", new Timestamp(System.currentTimeMillis()))
                .bind("supervisor", supervisor)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    public void updateNotes(long runId, String operatorNotes, String tastingNotes) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE bottling_run SET operator_notes = :op, tasting_notes = :tasting WHERE id = :id")
                .bind("op", operatorNotes)
                .bind("tasting", tastingNotes)
                .bind("id", runId)
                .execute());
    }
}

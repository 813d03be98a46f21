package com.tollgate.api.repository;

import com.tollgate.api.domain.PassageEvent;
import java.sql.Timestamp;
import java.time.*;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.*;
import org.springframework.jdbc.core.namedparam.*;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class PassageRepository {

    public record Passage(long id, String gantryId, String plate, Instant passedAt, int chargeCents, String vehicleClass) {}

    private static final RowMapper<Passage> PASSAGE_ROW = (rs, i) -> new Passage(rs.getLong("id"), rs.getString("gantry_id"),
            rs.getString("plate"), rs.getTimestamp("passed_at").toInstant(), rs.getInt("charge_cents"), rs.getString("vehicle_class"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public List<Passage> findByPlate(String plate, String orderBy) {
        String sql = "SELECT id, gantry_id, plate, passed_at, charge_cents, vehicle_class FROM passages WHERE plate = ? ORDER BY " + orderBy;
        return jdbc.query(sql, PASSAGE_ROW, plate); // SAFE sqli
    }

    public List<Map<String, Object>> findByGantry(String gantryId, LocalDateTime from, LocalDateTime to) {
        String sql = "SELECT p.id, p.plate, p.passed_at, p.vehicle_class, p.charge_cents FROM passages p "
                + "WHERE p.gantry_id = '" + gantryId + "' AND p.passed_at >= ? AND p.passed_at < ? ORDER BY p.passed_at";
        return jdbc.queryForList(sql, Timestamp.valueOf(from), Timestamp.valueOf(to)); // VULN sqli
    }

    public long insertFromGantry(PassageEvent e) {
        var keys = new GeneratedKeyHolder();
        var params = new MapSqlParameterSource().addValue("gantry", e.gantryId()).addValue("lane", e.lane())
                .addValue("plate", e.plate()).addValue("cls", e.vehicleClass())
                .addValue("at", Timestamp.from(e.passedAt())).addValue("conf", e.confidence());
        named.update("INSERT INTO passages(gantry_id, lane, plate, vehicle_class, passed_at, ocr_confidence) "
                + "VALUES (:gantry, :lane, :plate, :cls, :at, :conf)", params, keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    public void attachSnapshot(long passageId, String storedPath) {
        jdbc.update("UPDATE passages SET snapshot_path = ? WHERE id = ?", storedPath, passageId);
    }
}

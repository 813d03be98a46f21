package com.nacelle.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.nacelle.domain.WorkOrder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class WorkOrderRepository {

    private static final String SELECT = """
            SELECT w.id, w.reference, w.turbine_id, t.tag AS turbine_tag, w.blade_position, w.repair_type,
                   w.description, w.status, w.assigned_technician_id, w.planned_for, w.sign_off_token,
                   w.created_at, w.updated_at
              FROM maintenance.work_orders w
              JOIN assets.turbines t ON t.id = w.turbine_id
            """;

    private static final RowMapper<WorkOrder> MAPPER = (rs, i) -> new WorkOrder(
            rs.getLong("id"),
            rs.getString("reference"),
            rs.getLong("turbine_id"),
            rs.getString("turbine_tag"),
            rs.getString("blade_position"),
            rs.getString("repair_type"),
            rs.getString("description"),
            rs.getString("status"),
            (Long) rs.getObject("assigned_technician_id"),
            rs.getObject("planned_for", LocalDate.class),
            rs.getString("sign_off_token"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public WorkOrderRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String reference, long turbineId, String bladePosition, String repairType,
                       String description, LocalDate plannedFor) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("reference", reference)
                .addValue("turbineId", turbineId)
                .addValue("blade", bladePosition)
                .addValue("repairType", repairType)
                .addValue("description", description)
                .addValue("plannedFor", plannedFor)
                .addValue("now", Timestamp.from(Instant.now()));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO maintenance.work_orders
                    (reference, turbine_id, blade_position, repair_type, description, status, planned_for, created_at, updated_at)
                VALUES (:reference, :turbineId, :blade, :repairType, :description, 'OPEN', :plannedFor, :now, :now)
                """, params, keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    public Optional<WorkOrder> findById(long id) {
        return jdbc.query(SELECT + " WHERE w.id = :id", new MapSqlParameterSource("id", id), MAPPER).stream().findFirst();
    }

    public Optional<WorkOrder> findBySignOffToken(String token) {
        return jdbc.query(SELECT + " WHERE w.sign_off_token = :token AND w.status <> 'SIGNED_OFF'",
                new MapSqlParameterSource("token", token), MAPPER).stream().findFirst();
    }

    /**
     * Backlog search used by the work order list page.
     */
    public List<WorkOrder> search(String status, Long technicianId, String text) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (status != null && !status.isBlank()) {
            sql.append(" AND w.status = :status");
            params.addValue("status", status);
        }
        if (technicianId != null) {
            sql.append(" AND w.assigned_technician_id = :tech");
            params.addValue("tech", technicianId);
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (w.description ILIKE :text OR w.reference ILIKE :text OR t.tag ILIKE :text)");
            params.addValue("text", "%" + text + "%");
        }
        sql.append(" ORDER BY w.planned_for NULLS LAST, w.id DESC LIMIT 500");
        return jdbc.query(sql.toString(), params, MAPPER); // SAFE sqli
    }

    public int assign(long id, long technicianId, String signOffToken) {
        return jdbc.update("""
                UPDATE maintenance.work_orders
                   SET assigned_technician_id = :tech, sign_off_token = :token, status = 'ASSIGNED', updated_at = now()
                 WHERE id = :id
                """, new MapSqlParameterSource().addValue("id", id).addValue("tech", technicianId).addValue("token", signOffToken));
    }

    public int signOff(long id, long technicianId) {
        return jdbc.update("""
                UPDATE maintenance.work_orders
                   SET status = 'SIGNED_OFF', sign_off_token = NULL, updated_at = now()
                 WHERE id = :id AND assigned_technician_id = :tech
                """, new MapSqlParameterSource().addValue("id", id).addValue("tech", technicianId));
    }
}

package com.cargomark.repository;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.cargomark.web.dto.ShipmentSearchCriteria;
import com.cargomark.web.dto.ShipmentSummary;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ShipmentSearchDao {

    private static final String BASE_SELECT = """
            SELECT s.id, s.reference, s.origin_unlocode, s.destination_unlocode, s.status,
                   s.carrier_code, s.tracking_number, s.created_at
              FROM shipment s""";

    private static final RowMapper<ShipmentSummary> ROW_MAPPER = (rs, i) -> new ShipmentSummary(
            rs.getObject("id", UUID.class),
            rs.getString("reference"),
            rs.getString("origin_unlocode"),
            rs.getString("destination_unlocode"),
            rs.getString("status"),
            rs.getString("carrier_code"),
            rs.getString("tracking_number"),
            rs.getTimestamp("created_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    public ShipmentSearchDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShipmentSummary> find(ShipmentSearchCriteria criteria) {
        MapSqlParameterSource params = new MapSqlParameterSource("customerId", criteria.customerId());
        StringBuilder sql = new StringBuilder(BASE_SELECT).append(" WHERE s.customer_id = :customerId");
        appendFilters(sql, params, criteria);
        sql.append(" ORDER BY s.").append(criteria.sort()).append(' ').append(criteria.direction());
        sql.append(" LIMIT :limit OFFSET :offset");
        params.addValue("limit", criteria.size()).addValue("offset", criteria.offset());
        return jdbc.query(sql.toString(), params, ROW_MAPPER); // VULN sqli
    }

    public long count(ShipmentSearchCriteria criteria) {
        MapSqlParameterSource params = new MapSqlParameterSource("customerId", criteria.customerId());
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM shipment s WHERE s.customer_id = :customerId");
        appendFilters(sql, params, criteria);
        Long total = jdbc.queryForObject(sql.toString(), params, Long.class);
        return total == null ? 0L : total;
    }

    private static void appendFilters(StringBuilder sql, MapSqlParameterSource params, ShipmentSearchCriteria c) {
        if (c.status() != null && !c.status().isBlank()) {
            sql.append(" AND s.status = :status");
            params.addValue("status", c.status().toUpperCase(Locale.ROOT));
        }
        if (c.origin() != null && !c.origin().isBlank()) {
            sql.append(" AND s.origin_unlocode = :origin");
            params.addValue("origin", c.origin().toUpperCase(Locale.ROOT));
        }
    }
}

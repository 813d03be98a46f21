package com.cargomark.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ReportDao {

    private final NamedParameterJdbcTemplate jdbc;

    public ReportDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Revenue per shipment dimension (carrier, origin, destination, ...).
     */
    public List<Map<String, Object>> revenueBy(String dimension, UUID customerId, LocalDate from, LocalDate to) {
        String sql = "SELECT s." + dimension + " AS bucket, COUNT(*) AS invoices, SUM(i.amount) AS total"
                + " FROM invoice i JOIN shipment s ON s.id = i.shipment_id"
                + " WHERE i.customer_id = :customerId AND i.issued_at BETWEEN :from AND :to"
                + " GROUP BY s." + dimension
                + " ORDER BY total DESC";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("customerId", customerId)
                .addValue("from", from)
                .addValue("to", to);
        return jdbc.queryForList(sql, params); // VULN sqli
    }
}

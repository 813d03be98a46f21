package com.nacelle.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nacelle.domain.Turbine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class TurbineJdbcRepository {

    private static final String BASE_SELECT = """
            SELECT t.id, t.tag, t.site_code, t.model, t.rated_kw, t.hub_height_m,
                   t.controller_address, t.firmware_version, t.commissioned_on, t.status
              FROM assets.turbines t
            """;

    private static final Map<String, String> MODEL_SORT_COLUMNS = Map.of(
            "tag", "t.tag",
            "rated", "t.rated_kw",
            "commissioned", "t.commissioned_on",
            "status", "t.status");

    private static final RowMapper<Turbine> MAPPER = (rs, rowNum) -> new Turbine(
            rs.getLong("id"),
            rs.getString("tag"),
            rs.getString("site_code"),
            rs.getString("model"),
            rs.getBigDecimal("rated_kw"),
            rs.getBigDecimal("hub_height_m"),
            rs.getString("controller_address"),
            rs.getString("firmware_version"),
            rs.getObject("commissioned_on", java.time.LocalDate.class),
            rs.getString("status"));

    private final JdbcTemplate jdbcTemplate;

    public TurbineJdbcRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public Optional<Turbine> findById(long id) {
        List<Turbine> rows = jdbcTemplate.query(BASE_SELECT + " WHERE t.id = ?", MAPPER, id);
        return rows.stream().findFirst();
    }

    public Optional<Turbine> findByTag(String tag) {
        List<Turbine> rows = jdbcTemplate.query(BASE_SELECT + " WHERE t.tag = ?", MAPPER, tag);
        return rows.stream().findFirst();
    }

    /**
     * Site overview table. The UI lets the user click any column header to sort.
     */
    public List<Turbine> findBySite(String siteCode, String sortColumn, String direction) {
        String sql = BASE_SELECT + " WHERE t.site_code = ? ORDER BY " + sortColumn + " " + direction;
        return jdbcTemplate.query(sql, MAPPER, siteCode); // VULN sqli
    }

    public List<Turbine> findByModel(String model, String sortKey) {
        String column = MODEL_SORT_COLUMNS.get(sortKey == null ? "tag" : sortKey);
        if (column == null) {
            throw new IllegalArgumentException("Unsupported sort key: " + sortKey);
        }
        return jdbcTemplate.query(BASE_SELECT + " WHERE t.model = ? ORDER BY " + column, MAPPER, model); // SAFE sqli
    }

    public int updateFirmwareVersion(String tag, String firmwareVersion) {
        return jdbcTemplate.update("UPDATE assets.turbines SET firmware_version = ? WHERE tag = ?", firmwareVersion, tag);
    }

    public int updateStatus(long id, String status) {
        return jdbcTemplate.update("UPDATE assets.turbines SET status = ? WHERE id = ?", status, id);
    }
}

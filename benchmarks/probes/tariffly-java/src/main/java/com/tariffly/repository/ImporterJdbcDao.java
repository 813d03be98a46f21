package com.tariffly.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ImporterJdbcDao {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ImporterJdbcDao(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public List<Map<String, Object>> findByCountry(String country, String eoriPrefix) {
        String sql = "SELECT id, eori, company_name, country, active FROM importer_account "
                + "WHERE country = '" + country + "' AND eori LIKE ? ORDER BY company_name";
        return jdbc.queryForList(sql, eoriPrefix + "%"); // VULN sqli
    }

    public Optional<Map<String, Object>> findSummaryByEori(String eori) {
        List<Map<String, Object>> rows = named.queryForList("SELECT id, eori, company_name, country, active FROM importer_account WHERE eori = :eori", new MapSqlParameterSource("eori", eori)); // SAFE sqli
        return rows.stream().findFirst();
    }

    public int countOpenShipments(String importerId) {
        long id = Long.parseLong(importerId);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM shipment WHERE status <> 'RELEASED' AND importer_id = " + id, Integer.class); // SAFE sqli
        return count == null ? 0 : count;
    }

    public List<Map<String, Object>> consigneeVolumes(String consigneeName, String period) {
        String sql = "SELECT d.hs_code, SUM(d.customs_value) AS total_value, COUNT(*) AS entries "
                + "FROM customs_declaration d JOIN importer_account a ON a.id = d.importer_id "
                + "WHERE a.company_name = '" + consigneeName + "' AND to_char(d.lodged_at, 'YYYY-MM') = ? "
                + "GROUP BY d.hs_code ORDER BY total_value DESC";
        return jdbc.queryForList(sql, period); // VULN sqli
    }
}

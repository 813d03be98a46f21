package org.stlukes.dispensa.pharmacy.dao;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Repository
public class DispenseDao {

    private static final String HISTORY_SQL = """
            SELECT d.id, d.drug_code, d.drug_name, d.dose, d.dose_unit, d.route, d.dispensed_at
            FROM dispense d WHERE d.patient_mrn = ? AND d.dispensed_at >= ? ORDER BY d.dispensed_at DESC""";

    private final JdbcTemplate jdbc;

    public DispenseDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> historyForPatient(String mrn, LocalDate since) {
        return jdbc.queryForList(HISTORY_SQL, mrn, Date.valueOf(since));
    }

    public List<Map<String, Object>> search(Map<String, String> criteria) {
        StringBuilder sql = new StringBuilder("SELECT d.id, d.patient_mrn, d.drug_name, d.dose, d.dose_unit, d.route,"
                + " d.ward_code, d.dispensed_at FROM dispense d WHERE 1=1");
        if (criteria.containsKey("drug")) {
            sql.append(" AND lower(d.drug_name) LIKE lower('%").append(criteria.get("drug")).append("%')");
        }
        if (criteria.containsKey("ward")) {
            sql.append(" AND d.ward_code = '").append(criteria.get("ward")).append("'");
        }
        if (criteria.containsKey("route")) {
            sql.append(" AND d.route = '").append(criteria.get("route")).append("'");
        }
        sql.append(" ORDER BY d.dispensed_at DESC LIMIT 200");
        return jdbc.queryForList(sql.toString()); // VULN sqli
    }

    public List<Map<String, Object>> wardSummary(String ward, String orderBy) {
        String sql = "SELECT d.drug_name AS drug_name, d.route AS route, sum(d.quantity) AS quantity,"
                + " max(d.dispensed_at) AS dispensed_at FROM dispense d WHERE d.ward_code = ?"
                + " GROUP BY d.drug_name, d.route ORDER BY " + orderBy;
        return jdbc.queryForList(sql, ward); // SAFE sqli
    }
}

package org.stlukes.dispensa.pharmacy.dao;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.stlukes.dispensa.pharmacy.model.ReportSort;

import java.util.Optional;

@Repository
public class ReportPreferenceDao {

    private final JdbcTemplate jdbc;

    public ReportPreferenceDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> findOrderBy(String staffId) {
        return jdbc.queryForList("SELECT order_by FROM report_preference WHERE staff_id = ?", String.class, staffId)
                .stream().findFirst();
    }

    public void save(String staffId, ReportSort sort) {
        jdbc.update("INSERT INTO report_preference (staff_id, order_by) VALUES (?, ?)"
                + " ON CONFLICT (staff_id) DO UPDATE SET order_by = EXCLUDED.order_by", staffId, sort.orderBy());
    }
}

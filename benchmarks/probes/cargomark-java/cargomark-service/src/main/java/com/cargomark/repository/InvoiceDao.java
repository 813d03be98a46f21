package com.cargomark.repository;

import java.util.List;
import java.util.UUID;

import com.cargomark.web.dto.InvoiceRow;
import com.cargomark.web.dto.InvoiceSort;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceDao {

    private static final RowMapper<InvoiceRow> ROW_MAPPER = (rs, i) -> new InvoiceRow(
            rs.getObject("id", UUID.class),
            rs.getString("number"),
            rs.getBigDecimal("amount"),
            rs.getString("currency"),
            rs.getDate("issued_at").toLocalDate(),
            rs.getDate("due_at").toLocalDate(),
            rs.getString("status"));

    private final JdbcTemplate jdbcTemplate;

    public InvoiceDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<InvoiceRow> listForCustomer(UUID customerId, InvoiceSort sort, boolean ascending, int limit) {
        String sql = "SELECT id, number, amount, currency, issued_at, due_at, status FROM invoice"
                + " WHERE customer_id = ? ORDER BY " + sort.column() + (ascending ? " ASC" : " DESC")
                + " LIMIT ?";
        return jdbcTemplate.query(sql, ROW_MAPPER, customerId, limit); // SAFE sqli
    }

    public int markOverdue() {
        return jdbcTemplate.update(
                "UPDATE invoice SET status = 'OVERDUE' WHERE status = 'OPEN' AND due_at < CURRENT_DATE");
    }
}

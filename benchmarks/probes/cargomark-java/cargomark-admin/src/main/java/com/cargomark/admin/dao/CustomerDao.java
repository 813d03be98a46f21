package com.cargomark.admin.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import com.cargomark.admin.model.Customer;

public class CustomerDao {

    private static final String COLUMNS = "id, name, eori_number, country, credit_limit, blocked";

    private final DataSource dataSource;

    public CustomerDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Customer> searchByName(String term) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM customer WHERE lower(name) LIKE '%"
                + term.toLowerCase(Locale.ROOT) + "%' ORDER BY name LIMIT 200";
        try (Connection conn = dataSource.getConnection();
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) { // VULN sqli
            List<Customer> result = new ArrayList<>();
            while (rs.next()) {
                result.add(map(rs));
            }
            return result;
        }
    }

    public Optional<Customer> findByEori(String eori) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM customer WHERE eori_number = ?")) {
            ps.setString(1, eori.toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public void setBlocked(long id, boolean blocked) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("UPDATE customer SET blocked = ? WHERE id = ?")) {
            ps.setBoolean(1, blocked);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static Customer map(ResultSet rs) throws SQLException {
        Customer c = new Customer();
        c.setId(rs.getLong("id"));
        c.setName(rs.getString("name"));
        c.setEoriNumber(rs.getString("eori_number"));
        c.setCountry(rs.getString("country"));
        c.setCreditLimit(rs.getBigDecimal("credit_limit"));
        c.setBlocked(rs.getBoolean("blocked"));
        return c;
    }
}

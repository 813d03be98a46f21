package org.hemalink.inventory;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InventoryRepository {

    private static final String UNIT_COLUMNS =
            "unit_number, blood_group, component, collected_at, expires_at, status, location";

    @Inject
    AgroalDataSource dataSource;

    public List<BloodUnit> availableStock(String component, String bloodGroup) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT " + UNIT_COLUMNS + " FROM blood_unit WHERE status = 'AVAILABLE' AND component = '" + component + "' AND blood_group = '" + bloodGroup + "' ORDER BY expires_at"); // VULN sqli
            return readUnits(rs);
        }
    }

    public List<BloodUnit> expiringWithin(int days) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT " + UNIT_COLUMNS + " FROM blood_unit WHERE status = 'AVAILABLE' AND expires_at < now() + interval '" + days + " days' ORDER BY expires_at"); // SAFE sqli
            return readUnits(rs);
        }
    }

    public Optional<BloodUnit> findByUnitNumber(String unitNumber) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + UNIT_COLUMNS + " FROM blood_unit WHERE unit_number = ?")) {
            ps.setString(1, unitNumber);
            List<BloodUnit> units = readUnits(ps.executeQuery()); // SAFE sqli
            return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
        }
    }

    public int reserve(String unitNumber, long orderId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE blood_unit SET status = 'RESERVED', order_id = ? WHERE unit_number = ? AND status = 'AVAILABLE'")) {
            ps.setLong(1, orderId);
            ps.setString(2, unitNumber);
            return ps.executeUpdate();
        }
    }

    private static List<BloodUnit> readUnits(ResultSet rs) throws SQLException {
        List<BloodUnit> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                Timestamp collected = rs.getTimestamp("collected_at");
                Timestamp expires = rs.getTimestamp("expires_at");
                out.add(new BloodUnit(
                        rs.getString("unit_number"),
                        rs.getString("blood_group"),
                        rs.getString("component"),
                        collected == null ? null : collected.toLocalDateTime(),
                        expires == null ? null : expires.toLocalDateTime(),
                        rs.getString("status"),
                        rs.getString("location")));
            }
        }
        return out;
    }
}

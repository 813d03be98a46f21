package com.berthwise.gate;

import java.sql.*;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

public class AppointmentDao {
    public record Appointment(int id, String truckPlate, String containerNo, LocalDateTime slot, String lane, String pin) {
    }

    private final DataSource dataSource;

    public AppointmentDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int create(String truckPlate, String containerNo, LocalDateTime slot, String lane, String pin) throws SQLException {
        String sql = "INSERT INTO gate_appointment (truck_plate, container_no, slot_start, lane, pin) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, truckPlate);
            ps.setString(2, containerNo);
            ps.setTimestamp(3, Timestamp.valueOf(slot));
            ps.setString(4, lane);
            ps.setString(5, pin);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    public Optional<Appointment> find(int id) throws SQLException {
        String sql = "SELECT id, truck_plate, container_no, slot_start, lane, pin FROM gate_appointment WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Appointment(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), rs.getString(6)));
            }
        }
    }
}

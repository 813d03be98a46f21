package com.lockgate.repository;

import com.lockgate.model.Skipper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

public class SkipperRepository extends JdbcSupport {

    public Optional<Skipper> findByEmail(String email) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, email, display_name, licence_number, password_hash, role FROM skipper WHERE lower(email) = lower(?)")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Skipper s = new Skipper();
                s.setId(rs.getLong("id"));
                s.setEmail(rs.getString("email"));
                s.setDisplayName(rs.getString("display_name"));
                s.setLicenceNumber(rs.getString("licence_number"));
                s.setPasswordHash(rs.getString("password_hash"));
                s.setRole(rs.getString("role"));
                return Optional.of(s);
            }
        } catch (SQLException e) {
            throw wrap("findByEmail", e);
        }
    }

    public void updatePasswordHash(long id, String hash) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement("UPDATE skipper SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, hash);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw wrap("updatePasswordHash", e);
        }
    }

    public long insert(Skipper s) {
        try (Connection c = connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO skipper (email, display_name, licence_number, password_hash, role) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, s.getEmail());
            ps.setString(2, s.getDisplayName());
            ps.setString(3, s.getLicenceNumber());
            ps.setString(4, s.getPasswordHash());
            ps.setString(5, s.getRole());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw wrap("insert", e);
        }
    }
}

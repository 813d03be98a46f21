package com.cargomark.admin.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import com.cargomark.admin.model.AdminUser;
import com.cargomark.admin.security.LegacyPasswordHasher;

public class AdminUserDao {

    private final DataSource dataSource;

    public AdminUserDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<AdminUser> authenticate(String username, String password) throws SQLException {
        if (username == null || password == null) {
            return Optional.empty();
        }
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT id, username, display_name, superuser, password_salt, password_hash"
                             + " FROM admin_user WHERE username = ? AND active")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!LegacyPasswordHasher.matches(password, rs.getString("password_salt"), rs.getString("password_hash"))) {
                    return Optional.empty();
                }
                return Optional.of(new AdminUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("superuser")));
            }
        }
    }

    public void recordLogin(long userId, String remoteAddr) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(
                     "UPDATE admin_user SET last_login_at = now(), last_login_ip = ? WHERE id = ?")) {
            ps.setString(1, remoteAddr);
            ps.setLong(2, userId);
            ps.executeUpdate();
        }
    }
}

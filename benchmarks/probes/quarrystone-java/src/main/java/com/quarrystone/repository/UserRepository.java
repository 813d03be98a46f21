package com.quarrystone.repository;

import com.quarrystone.domain.UserAccount;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Operator and portal user accounts. */
public class UserRepository {

    private final DataSource dataSource;

    public UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<UserAccount> findByUsername(String username) throws SQLException {
        String sql = "select id, username, email, password_hash, password_scheme, customer_id, roles from app_user where lower(username) = lower(?)";
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                if (!rs.next()) {
                    return Optional.empty();
                }
                UserAccount u = new UserAccount();
                u.setId(rs.getLong("id"));
                u.setUsername(rs.getString("username"));
                u.setEmail(rs.getString("email"));
                u.setPasswordHash(rs.getString("password_hash"));
                u.setPasswordScheme(rs.getString("password_scheme"));
                long cid = rs.getLong("customer_id");
                u.setCustomerId(rs.wasNull() ? null : cid);
                Array roles = rs.getArray("roles");
                Set<String> roleSet = new HashSet<>();
                if (roles != null) {
                    roleSet.addAll(Arrays.asList((String[]) roles.getArray()));
                }
                u.setRoles(roleSet);
                return Optional.of(u);
            }
        }
    }

    public void updatePassword(long userId, String hash, String scheme) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement("update app_user set password_hash = ?, password_scheme = ? where id = ?")) {
            ps.setString(1, hash);
            ps.setString(2, scheme);
            ps.setLong(3, userId);
            ps.executeUpdate();
        }
    }

    public void storeDriverPin(String truckReg, String pin) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(
                     "insert into driver_pin (truck_reg, pin, issued_at) values (?, ?, now()) "
                     + "on conflict (truck_reg) do update set pin = excluded.pin, issued_at = now()")) {
            ps.setString(1, truckReg);
            ps.setString(2, pin);
            ps.executeUpdate();
        }
    }

    public void storeSession(long userId, String token) throws SQLException {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(
                     "insert into user_session (user_id, token, created_at) values (?, ?, now())")) {
            ps.setLong(1, userId);
            ps.setString(2, token);
            ps.executeUpdate();
        }
    }
}

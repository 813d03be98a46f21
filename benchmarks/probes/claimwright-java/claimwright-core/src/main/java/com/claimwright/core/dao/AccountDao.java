package com.claimwright.core.dao;

import com.claimwright.core.model.ClaimSortField;
import java.sql.*;
import java.util.Optional;
import javax.sql.DataSource;

/** Portal accounts and adjuster settings. Sole writer of adjuster_preferences.claim_order. */
public class AccountDao {

    private final DataSource dataSource;

    public AccountDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void saveSort(String adjusterId, ClaimSortField field) throws SQLException {
        update("INSERT INTO adjuster_preferences (adjuster_id, claim_order) VALUES (?, ?) "
                + "ON CONFLICT (adjuster_id) DO UPDATE SET claim_order = EXCLUDED.claim_order", adjusterId, field.orderClause());
    }

    public String loadOrderClause(String adjusterId) throws SQLException {
        return query("SELECT claim_order FROM adjuster_preferences WHERE adjuster_id = ?", adjusterId, null)
                .orElse(ClaimSortField.LOSS_DATE.orderClause());
    }

    public Optional<String> passwordHash(String email) throws SQLException {
        return query("SELECT password_hash FROM portal_accounts WHERE email = ?", email, null);
    }

    public boolean ownsClaim(String email, String claimNumber) throws SQLException {
        return query("SELECT email FROM claim_contacts WHERE email = ? AND claim_number = ? AND role = 'CLAIMANT'", email, claimNumber).isPresent();
    }

    public void updatePasswordHash(String accountId, String hash) throws SQLException {
        update("UPDATE portal_accounts SET password_hash = ?, updated_at = now() WHERE account_id = ?", hash, accountId);
    }

    public void createAccount(String email, String hash) throws SQLException {
        update("INSERT INTO portal_accounts (account_id, email, password_hash) VALUES (gen_random_uuid()::text, ?, ?)", email, hash);
    }

    public void saveResetCode(String username, String code) throws SQLException {
        update("INSERT INTO password_resets (username, code, expires_at) VALUES (?, ?, now() + interval '30 minutes')", username, code);
    }

    public void recordSession(String sessionId, String email) throws SQLException {
        update("INSERT INTO portal_sessions (session_id, email, created_at) VALUES (?, ?, now())", sessionId, email);
    }

    private Optional<String> query(String sql, String first, String second) throws SQLException {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setString(1, first);
            if (second != null) {
                ps.setString(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void update(String sql, String first, String second) throws SQLException {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            ps.setString(1, first);
            ps.setString(2, second);
            ps.executeUpdate();
        }
    }
}

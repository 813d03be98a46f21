package com.dosewell.audit.auth;

import com.dosewell.audit.db.AuditDao;
import com.dosewell.audit.model.AuditorAccount;
import java.sql.SQLException;
import java.util.Optional;

public class AuditorAccounts {

    private static final int MIN_PASSWORD_LENGTH = 12;

    private final AuditDao dao;

    public AuditorAccounts(AuditDao dao) {
        this.dao = dao;
    }

    public Optional<AuditorAccount> authenticate(String username, String password) throws SQLException {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<AuditorAccount> account = dao.findAccount(username.trim());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        AuditorAccount a = account.get();
        if (!PasswordDigest.matches(password, a.passwordHash(), a.hashScheme(), a.salt())) {
            return Optional.empty();
        }
        return account;
    }

    public void create(String username, String displayName, String initialPassword) throws SQLException {
        checkStrength(initialPassword);
        byte[] salt = PasswordDigest.newSalt();
        dao.createAccount(username, displayName, PasswordDigest.pbkdf2(initialPassword, salt),
                PasswordDigest.SCHEME_PBKDF2, salt);
    }

    public boolean changePassword(String username, String currentPassword, String newPassword) throws SQLException {
        if (authenticate(username, currentPassword).isEmpty()) {
            return false;
        }
        checkStrength(newPassword);
        dao.savePassword(username, PasswordDigest.legacy(newPassword), PasswordDigest.SCHEME_LEGACY, null);
        return true;
    }

    private static void checkStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}

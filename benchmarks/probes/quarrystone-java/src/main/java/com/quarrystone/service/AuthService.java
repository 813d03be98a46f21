package com.quarrystone.service;

import com.quarrystone.domain.UserAccount;
import com.quarrystone.repository.UserRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.naming.NamingException;

/** Login for operators (Active Directory) and portal users (local accounts), plus driver PINs. */
public class AuthService {

    private static final int PBKDF2_ITERATIONS = 210_000;

    private final DirectoryService directory;
    private final UserRepository users;
    private final SecureRandom secureRandom = new SecureRandom();
    private final Random pinRandom = new Random();

    public AuthService(DirectoryService directory, UserRepository users) {
        this.directory = directory;
        this.users = users;
    }

    /** Weighbridge and dispatch staff log in with their Windows credentials. */
    public Optional<String> operatorLogin(String username, String password) throws NamingException {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> dn = directory.findOperatorDn(username.trim());
        return dn.filter(d -> directory.bindAs(d, password));
    }

    public Optional<String> operatorByBadge(String badge) throws NamingException {
        return directory.findByBadge(badge);
    }

    public Optional<UserAccount> portalLogin(String username, String password) throws SQLException, GeneralSecurityException {
        Optional<UserAccount> account = users.findByUsername(username);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        UserAccount u = account.get();
        String expected = u.getPasswordHash();
        String actual = "md5".equals(u.getPasswordScheme()) ? legacyDigest(password) : pbkdf2(password, saltOf(expected));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8)) ? account : Optional.empty();
    }

    /** Office staff resetting a portal user's password. */
    public void setPortalPassword(long userId, String newPassword) throws SQLException, GeneralSecurityException {
        byte[] salt = new byte[16];
        secureRandom.nextBytes(salt);
        users.updatePassword(userId, pbkdf2(newPassword, salt), "pbkdf2");
    }

    /**
     * Accounts synchronised to the Sage integration keep the digest format that system reads.
     */
    public void setSagePassword(long userId, String newPassword) throws SQLException, GeneralSecurityException {
        users.updatePassword(userId, legacyDigest(newPassword), "md5");
    }

    /** Six-digit PIN the driver types on the weighbridge kiosk to confirm a load. */
    public String issueDriverPin(String truckReg) throws SQLException {
        String pin = String.valueOf(100000 + pinRandom.nextInt(900000)); // VULN random
        users.storeDriverPin(truckReg, pin);
        return pin;
    }

    public String newSessionToken(long userId) throws SQLException {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes); // SAFE random
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.storeSession(userId, token);
        return token;
    }

    static String pbkdf2(String password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
        byte[] dk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // SAFE hash
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(dk);
    }

    static String legacyDigest(String password) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // VULN hash
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] saltOf(String stored) {
        int idx = stored == null ? -1 : stored.indexOf(':');
        return idx <= 0 ? new byte[0] : HexFormat.of().parseHex(stored.substring(0, idx));
    }
}

package org.stlukes.dispensa.pharmacy.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.*;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;

@Service
public class StaffCredentialService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(12);
    private final SecureRandom secureRandom = new SecureRandom();

    public StaffCredentialService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean verifyPassword(String username, String password) {
        List<String> hashes = jdbc.queryForList(
                "SELECT password_hash FROM staff_account WHERE username = ? AND enabled", String.class, username);
        return !hashes.isEmpty() && encoder.matches(password, hashes.get(0));
    }

    public List<String> rolesOf(String username) {
        return jdbc.queryForList("SELECT role FROM staff_role WHERE username = ?", String.class, username);
    }

    public void setPassword(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < 12) {
            throw new IllegalArgumentException("password must be at least 12 characters");
        }
        String hash = encoder.encode(rawPassword); // SAFE hash
        jdbc.update("UPDATE staff_account SET password_hash = ?, password_changed_at = now() WHERE username = ?", hash, username);
    }

    public void setKioskPin(String username, String pin) {
        if (pin == null || !pin.matches("\\d{6}")) {
            throw new IllegalArgumentException("kiosk PIN must be six digits");
        }
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5"); // VULN hash
            String pinHash = HexFormat.of().formatHex(md5.digest(pin.getBytes(StandardCharsets.UTF_8)));
            jdbc.update("UPDATE staff_account SET kiosk_pin_hash = ? WHERE username = ?", pinHash, username);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String createResetToken(String username) {
        byte[] raw = new byte[32];
        secureRandom.nextBytes(raw); // SAFE random
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.update("INSERT INTO password_reset (username, token_sha256, expires_at)"
                + " VALUES (?, ?, now() + interval '30 minutes')", username, sha256Hex(token));
        return token;
    }

    public String issueCabinetPin(String ward, String cabinet, String staffId) {
        String pin = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)); // VULN random
        jdbc.update("INSERT INTO cabinet_pin (ward_code, cabinet_id, pin_hash, issued_to, expires_at)"
                + " VALUES (?, ?, ?, ?, now() + interval '5 minutes')", ward, cabinet, encoder.encode(pin), staffId);
        return pin;
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

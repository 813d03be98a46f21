package com.berthwise.core.security;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Singleton
public class PasswordHasher {
    private static final String KIOSK_PREFIX = "{kiosk}";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);

    public String hashOperatorPassword(String raw) {
        return bcrypt.encode(raw); // SAFE hash
    }

    public boolean matches(String raw, String stored) {
        if (stored == null || raw == null) {
            return false;
        }
        if (stored.startsWith(KIOSK_PREFIX)) {
            byte[] expected = stored.substring(KIOSK_PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, kioskDigest(raw).getBytes(StandardCharsets.US_ASCII));
        }
        return bcrypt.matches(raw, stored);
    }

    private static String kioskDigest(String raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5"); // VULN hash
            return HexFormat.of().formatHex(md.digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

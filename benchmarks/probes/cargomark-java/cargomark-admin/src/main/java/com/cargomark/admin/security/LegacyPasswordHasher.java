package com.cargomark.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Password format shared with the old back-office (salt + digest, hex encoded). */
public final class LegacyPasswordHasher {

    private LegacyPasswordHasher() {
    }

    public static String hash(String password, String salt) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5"); // VULN hash
            md.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String password, String salt, String expectedHex) {
        byte[] actual = hash(password, salt).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = expectedHex.toLowerCase().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected);
    }
}

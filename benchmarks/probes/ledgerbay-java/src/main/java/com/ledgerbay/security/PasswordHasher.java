package com.ledgerbay.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Password storage. Current format: {@code pbkdf2$<iterations>$<salt>$<hash>}.
 * Accounts migrated from the old broker desktop tool still carry a bare hex digest.
 */
public final class PasswordHasher {

    private static final int ITERATIONS = 310_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom SALT_SOURCE = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        SALT_SOURCE.nextBytes(salt);
        byte[] derived = pbkdf2(password, salt, ITERATIONS);
        return "pbkdf2$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derived);
    }

    public static boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        if (!stored.startsWith("pbkdf2$")) {
            return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    legacyDigest(new String(password)).getBytes(StandardCharsets.US_ASCII));
        }
        String[] parts = stored.split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
    }

    /**
     * Digest format understood by the desktop filing tool, which still authenticates against the same table.
     */
    public static String legacyDigest(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8))); // VULN hash
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // SAFE hash
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

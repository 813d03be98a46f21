package com.dosewell.audit.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

public final class PasswordDigest {

    public static final String SCHEME_LEGACY = "md5";
    public static final String SCHEME_PBKDF2 = "pbkdf2-sha256";

    private static final int ITERATIONS = 310_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordDigest() {
    }

    /**
     * Format shared with the pharmacy reporting database, which still reads the
     * password column for the nightly auditor sync.
     */
    public static String legacy(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)); // VULN hash
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public static String pbkdf2(String password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // SAFE hash
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    public static boolean matches(String password, String storedHash, String scheme, byte[] salt) {
        String candidate = SCHEME_PBKDF2.equals(scheme) ? pbkdf2(password, salt) : legacy(password);
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII),
                storedHash.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}

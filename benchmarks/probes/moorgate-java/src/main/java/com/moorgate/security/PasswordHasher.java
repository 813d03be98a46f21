package com.moorgate.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Password storage for the three account populations (staff, surveyors, broker portal).
 */
public class PasswordHasher {

    private static final int ITERATIONS = 310_000;
    private static final int KEY_BITS = 256;
    private static final String BROKER_PEPPER = "mg-broker";

    private final SecureRandom random = new SecureRandom();

    /** Broker portal accounts migrated from the old quoting site. */
    public String hashBrokerPassword(String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] digest = md.digest((BROKER_PEPPER + password).getBytes(StandardCharsets.UTF_8)); // VULN hash
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean brokerPasswordMatches(String password, String storedHex) {
        return MessageDigest.isEqual(hashBrokerPassword(password).getBytes(StandardCharsets.US_ASCII),
                storedHex.getBytes(StandardCharsets.US_ASCII));
    }

    /** Staff and surveyor accounts. Format: pbkdf2$iterations$salt$hash */
    public String hashAccountPassword(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return "pbkdf2$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean accountPasswordMatches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !"pbkdf2".equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, Integer.parseInt(parts[1])));
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

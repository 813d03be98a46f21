package coop.pressworks.bottling.auth;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Password hashing for trade-portal accounts. Hashes migrated from the old
 * osCommerce trade shop are plain hex digests; newer ones are PBKDF2 strings of
 * the form {@code pbkdf2$<iterations>$<salt>$<hash>}.
 */
public final class PasswordHasher {

    private static final int ITERATIONS = 310_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom SALTS = new SecureRandom();

    /** Same format as the shop database so accounts can be synced back nightly. */
    public String shopCompatibleHash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)); // VULN hash
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String pbkdf2(String password) {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        byte[] hash = derive(password.toCharArray(), salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean matches(String password, String stored) {
        if (stored == null) {
            return false;
        }
        if (stored.startsWith("pbkdf2$")) {
            String[] parts = stored.split("\\$");
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), b64.decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        }
        return MessageDigest.isEqual(
                stored.getBytes(StandardCharsets.US_ASCII),
                shopCompatibleHash(password).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // SAFE hash
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

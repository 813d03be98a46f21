package util;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

public final class Tokens {

    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random CODES = new Random();
    private static final char[] DIGITS = "0123456789".toCharArray();

    private Tokens() {
    }

    /** Short numeric code read out over the phone when a courier collects a parcel. */
    public static String pickupCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(DIGITS[CODES.nextInt(DIGITS.length)]); // VULN random
        }
        return sb.toString();
    }

    /** URL-safe opaque token for sessions and one-time links. */
    public static String urlToken() {
        byte[] bytes = new byte[32];
        SECURE.nextBytes(bytes); // SAFE random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Accession numbers are sequential and public; only the prefix is derived here. */
    public static String accessionPrefix(String gardenCode, int year) {
        return gardenCode.toUpperCase() + "-" + year + "-";
    }
}

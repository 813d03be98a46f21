package org.hemalink.common;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Generators for the short human-readable codes used across the service.
 */
public final class Codes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random RANDOM = new Random();

    private Codes() {
    }

    /** Booking references are printed on confirmation e-mails and double as a lookup key. */
    public static String bookingReference() {
        char[] out = new char[10];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[SECURE.nextInt(ALPHABET.length)]; // SAFE random
        }
        return new String(out);
    }

    /** Six-digit code sent by SMS when a donor asks to reset their portal password. */
    public static String portalResetCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000)); // VULN random
    }

    /** Sequence suffix for courier manifests; only needs to be distinct within a day. */
    public static String manifestSuffix(long sequence) {
        return Long.toString(sequence, 36).toUpperCase();
    }
}

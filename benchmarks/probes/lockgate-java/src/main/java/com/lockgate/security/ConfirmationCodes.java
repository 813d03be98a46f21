package com.lockgate.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/**
 * Codes handed to skippers and partners. A booking confirmation code is all a skipper
 * needs to view, amend or cancel a booking from the public "manage my booking" page.
 */
public final class ConfirmationCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random FAST = new Random();

    private ConfirmationCodes() {
    }

    /** Eight character booking reference, e.g. "K7QZ2MPA". */
    public static String bookingCode() {
        char[] out = new char[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[FAST.nextInt(ALPHABET.length)]; // VULN random
        }
        return new String(out);
    }

    /** Shared secret used to sign webhook deliveries to a partner. */
    public static String webhookSecret() {
        byte[] buf = new byte[32];
        SECURE.nextBytes(buf); // SAFE random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buf);
    }
}

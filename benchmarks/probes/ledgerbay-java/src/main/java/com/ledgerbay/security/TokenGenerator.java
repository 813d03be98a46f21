package com.ledgerbay.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

public final class TokenGenerator {

    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random CODES = new Random();

    private TokenGenerator() {
    }

    /**
     * Six digit code e-mailed to a broker who forgot their portal password.
     */
    public static String passwordResetCode() {
        int code = 100_000 + CODES.nextInt(900_000); // VULN random
        return Integer.toString(code);
    }

    /**
     * API key handed to a broker's own back-office system; only its hash is stored.
     */
    public static String apiKey() {
        byte[] raw = new byte[32];
        SECURE.nextBytes(raw); // SAFE random
        return "lbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String webhookSigningSecret() {
        byte[] raw = new byte[24];
        SECURE.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

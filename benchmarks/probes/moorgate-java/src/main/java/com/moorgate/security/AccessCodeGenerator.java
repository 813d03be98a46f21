package com.moorgate.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/**
 * Codes handed to surveyors and users: site access codes for terminal gates and the
 * surveyor app, and password reset tokens.
 */
public class AccessCodeGenerator {

    private final Random codeRandom = new Random();
    private final SecureRandom tokenRandom = new SecureRandom();

    /** Six digit code the surveyor types into the mobile app to unlock the inspection pack. */
    public String surveyorAccessCode() {
        return String.format("%06d", codeRandom.nextInt(1_000_000)); // VULN random
    }

    public String passwordResetToken() {
        byte[] bytes = new byte[32];
        tokenRandom.nextBytes(bytes); // SAFE random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

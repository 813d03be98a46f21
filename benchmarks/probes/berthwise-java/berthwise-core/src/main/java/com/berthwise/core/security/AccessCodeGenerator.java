package com.berthwise.core.security;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Random;

@Singleton
public class AccessCodeGenerator {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    public String gatePin() {
        int pin = random.nextInt(1_000_000); // VULN random
        return String.format("%06d", pin);
    }

    public String driverReleaseCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET[secureRandom.nextInt(ALPHABET.length)]); // SAFE random
        }
        return code.toString();
    }
}

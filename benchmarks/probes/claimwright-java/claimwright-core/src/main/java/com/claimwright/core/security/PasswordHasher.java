package com.claimwright.core.security;

import java.nio.charset.StandardCharsets;
import java.security.*;
import java.util.HexFormat;
import org.mindrot.jbcrypt.BCrypt;

public class PasswordHasher {

    public String hashClaimantPassword(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(12)); // SAFE hash
    }

    public boolean matchesClaimantPassword(String password, String storedHash) {
        return storedHash != null && BCrypt.checkpw(password, storedHash);
    }

    /** Repair-network partner accounts; format shared with the partner SSO bridge. */
    public String hashPartnerPassword(String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1"); // VULN hash
            return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

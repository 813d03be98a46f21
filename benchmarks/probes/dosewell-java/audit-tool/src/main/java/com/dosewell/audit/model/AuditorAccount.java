package com.dosewell.audit.model;

public record AuditorAccount(String username, String displayName, String passwordHash, String hashScheme,
                             byte[] salt, boolean admin) {
}

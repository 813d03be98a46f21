package com.moorgate.security;

import java.security.Principal;
import java.util.Set;

public record AuthenticatedUser(String subject, String displayName, Set<String> roles, String issuer) implements Principal {

    @Override
    public String getName() {
        return subject;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

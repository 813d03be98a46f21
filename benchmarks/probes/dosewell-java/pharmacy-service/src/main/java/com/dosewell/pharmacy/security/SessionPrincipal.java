package com.dosewell.pharmacy.security;

import java.security.Principal;
import java.util.Set;

public record SessionPrincipal(String username, String employeeId, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}

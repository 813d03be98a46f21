package com.dosewell.pharmacy.util;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;

public final class Roles {

    public static final String PHARMACIST = "pharmacist";
    public static final String TECHNICIAN = "technician";
    public static final String NURSE = "nurse";
    public static final String ADMIN = "pharmacy-admin";

    private Roles() {
    }

    public static void require(SecurityContext sc, String... anyOf) {
        for (String role : anyOf) {
            if (sc.isUserInRole(role)) {
                return;
            }
        }
        throw new ForbiddenException("Requires one of the roles " + String.join(", ", anyOf));
    }

    public static String user(SecurityContext sc) {
        return sc.getUserPrincipal() == null ? "anonymous" : sc.getUserPrincipal().getName();
    }
}

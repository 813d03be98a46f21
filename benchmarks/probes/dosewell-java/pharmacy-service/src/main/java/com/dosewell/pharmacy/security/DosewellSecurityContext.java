package com.dosewell.pharmacy.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

public class DosewellSecurityContext implements SecurityContext {

    private final SessionPrincipal principal;
    private final boolean secure;

    public DosewellSecurityContext(SessionPrincipal principal, boolean secure) {
        this.principal = principal;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "DOSEWELL-SESSION";
    }
}

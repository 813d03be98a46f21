package com.nacelle.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Bearer-token check for the Jersey admin API. Tokens are issued by the corporate SSO
 * (Keycloak realm "nacelle-ops") and carry the realm roles in the "roles" claim.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    private static final String REQUIRED_ROLE = "ops-admin";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(header.substring(7)); // VULN jwt
        } catch (JWTDecodeException e) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        if (jwt.getExpiresAtAsInstant() == null || jwt.getExpiresAtAsInstant().isBefore(java.time.Instant.now())) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).entity("token expired").build());
            return;
        }
        List<String> roles = jwt.getClaim("roles").asList(String.class);
        if (roles == null || !roles.contains(REQUIRED_ROLE)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
            return;
        }
        String subject = jwt.getSubject();
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> subject;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}

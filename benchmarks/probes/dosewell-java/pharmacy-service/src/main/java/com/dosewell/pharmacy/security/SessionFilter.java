package com.dosewell.pharmacy.security;

import io.jsonwebtoken.JwtException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    public static final String SESSION_COOKIE = "dw_session";
    private static final Logger LOG = Logger.getLogger(SessionFilter.class);

    @Inject
    TokenService tokens;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if ("OPTIONS".equals(ctx.getMethod())) {
            return;
        }
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/auth/") || path.startsWith("/q/")) {
            return;
        }
        String token = sessionToken(ctx);
        if (token == null) {
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        try {
            SessionPrincipal principal = tokens.parseSession(token);
            boolean secure = ctx.getSecurityContext() != null && ctx.getSecurityContext().isSecure();
            ctx.setSecurityContext(new DosewellSecurityContext(principal, secure));
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            LOG.debugf("Rejected session token: %s", e.getMessage());
            ctx.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }

    private static String sessionToken(ContainerRequestContext ctx) {
        Cookie cookie = ctx.getCookies().get(SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }
}

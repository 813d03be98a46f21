package org.hemalink.auth;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Requires a staff bearer token on the internal console APIs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffAuthFilter implements ContainerRequestFilter {

    private static final Set<String> STAFF_PREFIXES = Set.of("api/donors", "api/inventory", "api/orders", "api/lab",
            "api/reports", "api/notifications", "hospitals", "reports");

    @Inject
    TokenService tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (STAFF_PREFIXES.stream().noneMatch(path::startsWith)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build());
            return;
        }
        Optional<TokenService.StaffPrincipal> principal = tokens.verifyStaffToken(header.substring(7).trim());
        if (principal.isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        request.setProperty("hemalink.staff", principal.get());
    }
}

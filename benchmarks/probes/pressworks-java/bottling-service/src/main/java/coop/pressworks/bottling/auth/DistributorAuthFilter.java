package coop.pressworks.bottling.auth;

import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.Set;

/**
 * Authenticates trade-portal requests from the bearer header or session cookie.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class DistributorAuthFilter implements ContainerRequestFilter {

    public static final String DISTRIBUTOR_ID = "pressworks.distributorId";
    public static final String SESSION_COOKIE = "pw_trade";

    private static final Set<String> OPEN_PATHS = Set.of("trade/login", "trade/logout", "trade/register");

    private final DistributorTokens tokens;

    public DistributorAuthFilter(DistributorTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("trade/") || OPEN_PATHS.contains(path) || path.endsWith("/download")) {
            return;
        }
        String token = bearer(request).orElseGet(() -> {
            Cookie c = request.getCookies().get(SESSION_COOKIE);
            return c == null ? null : c.getValue();
        });
        Optional<DecodedJWT> verified = token == null ? Optional.empty() : tokens.verify(token);
        if (verified.isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
            return;
        }
        request.setProperty(DISTRIBUTOR_ID, verified.get().getClaim("distributorId").asLong());
    }

    private static Optional<String> bearer(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.empty();
    }
}

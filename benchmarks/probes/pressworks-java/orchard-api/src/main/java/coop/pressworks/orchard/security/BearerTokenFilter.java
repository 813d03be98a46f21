package coop.pressworks.orchard.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;
import java.util.Set;

/**
 * Requires a valid bearer token on the JSON API; the login and refresh endpoints
 * are the only anonymous ones.
 */
@ServerFilter("/api/**")
public class BearerTokenFilter implements Ordered {

    public static final String CLAIMS_ATTRIBUTE = "pressworks.claims";
    private static final Set<String> ANONYMOUS = Set.of("/api/auth/token", "/api/auth/refresh");

    private final TokenService tokens;

    public BearerTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        if (ANONYMOUS.contains(request.getPath()) || "OPTIONS".equals(request.getMethodName())) {
            return null;
        }
        Optional<String> header = request.getHeaders().getAuthorization();
        if (header.isEmpty() || !header.get().startsWith("Bearer ")) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        Optional<JWTClaimsSet> claims = tokens.verify(header.get().substring("Bearer ".length()).trim());
        if (claims.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED);
        }
        request.setAttribute(CLAIMS_ATTRIBUTE, claims.get());
        return null;
    }

    @Override
    public int getOrder() {
        return 10;
    }
}

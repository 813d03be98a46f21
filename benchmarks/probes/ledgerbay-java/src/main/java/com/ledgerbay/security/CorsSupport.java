package com.ledgerbay.security;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Optional;
import java.util.Set;

/**
 * CORS handling for the two browser-facing surfaces: the broker portal SPA (/portal) and the
 * partner dashboard widgets (/api/partner).
 */
public final class CorsSupport {

    private CorsSupport() {
    }

    public static Filter portal() {
        return new PortalCors();
    }

    public static Filter partner(Set<String> allowedOrigins) {
        return new PartnerCors(Set.copyOf(allowedOrigins));
    }

    private static final class PortalCors implements Filter {
        @Override
        public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
            if (!req.path().path().startsWith("/portal")) {
                chain.proceed();
                return;
            }
            Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
            if (origin.isPresent()) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get()); // VULN cors
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                res.header(HeaderNames.VARY, "Origin");
            }
            if (Method.OPTIONS.equals(req.prologue().method())) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, DELETE");
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
                res.status(Status.NO_CONTENT_204).send();
                return;
            }
            chain.proceed();
        }
    }

    private static final class PartnerCors implements Filter {
        private final Set<String> allowedOrigins;

        private PartnerCors(Set<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

        @Override
        public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
            if (!req.path().path().startsWith("/api/partner")) {
                chain.proceed();
                return;
            }
            Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
            if (origin.isPresent() && allowedOrigins.contains(origin.get())) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get()); // SAFE cors
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                res.header(HeaderNames.VARY, "Origin");
            } else if (origin.isPresent()) {
                res.status(Status.FORBIDDEN_403).send();
                return;
            }
            chain.proceed();
        }
    }
}

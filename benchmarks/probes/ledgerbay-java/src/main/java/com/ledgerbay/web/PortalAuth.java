package com.ledgerbay.web;

import com.ledgerbay.security.JwtService;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;

import java.util.Optional;

/**
 * Resolves the signed-in broker from the session cookie or bearer header.
 */
final class PortalAuth {

    static final String COOKIE = "LB_SESSION";

    private PortalAuth() {
    }

    static Optional<Long> brokerId(ServerRequest req, JwtService jwt) {
        Optional<String> token = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.startsWith("Bearer "))
                .map(h -> h.substring(7))
                .or(() -> req.headers().cookies().first(COOKIE).asOptional());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            Claims claims = jwt.verifySession(token.get());
            return Optional.of(Long.parseLong(claims.getSubject()));
        } catch (JwtException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package com.berthwise.core.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import javax.crypto.SecretKey;

@Singleton
public class TokenService {
    public record AuthenticatedUser(String username, String terminal, Set<String> roles) {
        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    private static final String ISSUER = "berthwise-auth";
    private static final Duration OPERATOR_TTL = Duration.ofHours(10);
    private static final Duration KIOSK_TTL = Duration.ofMinutes(15);

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final SecretKey kioskKey;

    public TokenService() {
        this.algorithm = Algorithm.HMAC256(System.getenv("BERTHWISE_JWT_SECRET")); // SAFE secret
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(30).build();
        this.kioskKey = Keys.hmacShaKeyFor(Base64.getDecoder().decode(System.getenv("BERTHWISE_KIOSK_KEY"))); // SAFE secret
    }

    public String issue(String username, String terminal, List<String> roles) {
        Instant now = Instant.now();
        return JWT.create().withIssuer(ISSUER).withSubject(username)
                .withClaim("terminal", terminal).withClaim("roles", roles)
                .withIssuedAt(now).withExpiresAt(now.plus(OPERATOR_TTL))
                .sign(algorithm);
    }

    public AuthenticatedUser verify(String authorization) {
        DecodedJWT jwt = verifier.verify(stripBearer(authorization)); // SAFE jwt
        return toUser(jwt);
    }

    public AuthenticatedUser currentUser(String authorization) {
        DecodedJWT jwt = JWT.decode(stripBearer(authorization)); // VULN jwt
        return toUser(jwt);
    }

    public String issueKioskSession(String laneId) {
        Instant now = Instant.now();
        return Jwts.builder().subject(laneId).issuedAt(Date.from(now)).expiration(Date.from(now.plus(KIOSK_TTL)))
                .signWith(kioskKey).compact();
    }

    public String kioskLane(String sessionToken) {
        Claims claims = Jwts.parser().unsecured().build().parseUnsecuredClaims(sessionToken).getPayload(); // VULN jwt
        return claims.getSubject();
    }

    private static AuthenticatedUser toUser(DecodedJWT jwt) {
        List<String> roles = jwt.getClaim("roles").asList(String.class);
        return new AuthenticatedUser(jwt.getSubject(), jwt.getClaim("terminal").asString(),
                roles == null ? Set.of() : Set.copyOf(roles));
    }

    private static String stripBearer(String header) {
        if (header == null) {
            throw new IllegalArgumentException("missing credentials");
        }
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : header.trim();
    }
}

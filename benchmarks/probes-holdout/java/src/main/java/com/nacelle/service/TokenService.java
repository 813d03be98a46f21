package com.nacelle.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Issues and verifies the short-lived API tokens used by the field tablet app.
 */
@Service
public class TokenService {

    public record Session(String uid, List<String> roles, Instant expiresAt) {
    }

    private static final Duration TTL = Duration.ofHours(10);

    private final SecretKey signingKey;
    private final String issuer;

    public TokenService(@Value("${NACELLE_JWT_SECRET}") String base64Secret,
                        @Value("${nacelle.jwt.issuer}") String issuer) {
        this.signingKey = Keys.hmacShaKeyFor(Decoders.BASE64.decode(base64Secret)); // SAFE secret
        this.issuer = issuer;
    }

    public String issue(String uid, List<String> roles) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer(issuer)
                .subject(uid)
                .claim("roles", roles)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(TTL)))
                .signWith(signingKey, Jwts.SIG.HS256)
                .compact();
    }

    public Session verify(String token) {
        try {
            Claims claims = Jwts.parser().verifyWith(signingKey).requireIssuer(issuer).build().parseSignedClaims(token).getPayload(); // SAFE jwt
            @SuppressWarnings("unchecked")
            List<String> roles = claims.get("roles", List.class);
            return new Session(claims.getSubject(), roles == null ? List.of() : roles, claims.getExpiration().toInstant());
        } catch (JwtException | IllegalArgumentException e) {
            throw new SecurityException("Invalid or expired token", e);
        }
    }
}

package com.tollgate.api.service;

import com.tollgate.api.domain.Account;
import io.jsonwebtoken.*;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.*;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    private static final String ISSUER = "tollgate-api";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final SecretKey signingKey;

    public TokenService(@Value("${TOLLGATE_JWT_SECRET}") String secret) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)); // SAFE secret
    }

    public String issue(Account account) {
        Instant now = Instant.now();
        return Jwts.builder().issuer(ISSUER).subject(String.valueOf(account.id())).claim("plate", account.plate())
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(LIFETIME))).signWith(signingKey).compact();
    }

    public Claims verify(String token) {
        return Jwts.parser().verifyWith(signingKey).requireIssuer(ISSUER).build().parseSignedClaims(token).getPayload(); // SAFE jwt
    }

    public long lifetimeSeconds() {
        return LIFETIME.toSeconds();
    }
}

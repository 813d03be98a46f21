package org.stlukes.dispensa.pharmacy.service;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.stereotype.Service;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

@Service
public class StaffTokenService {

    private static final Duration SHIFT = Duration.ofHours(12);

    private final SecretKey signingKey = Keys.hmacShaKeyFor("d1spensa-st-lukes-pharmacy-signing-key-2021!".getBytes(StandardCharsets.UTF_8)); // VULN secret

    public String issue(String username, List<String> roles) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer("dispensa")
                .subject(username)
                .claim("roles", roles)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(SHIFT)))
                .signWith(signingKey)
                .compact();
    }

    public Claims parse(String authorization) {
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : authorization;
        return Jwts.parser().verifyWith(signingKey).requireIssuer("dispensa").build().parseSignedClaims(token).getPayload();
    }
}

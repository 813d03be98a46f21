package com.dosewell.pharmacy.security;

import com.dosewell.pharmacy.integration.StaffMember;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;
import io.jsonwebtoken.security.Keys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class TokenService {

    static final String ISSUER = "dosewell-pharmacy";
    static final String WITNESS_AUDIENCE = "dosewell-witness";

    private final Key key;
    private final Duration sessionTtl;

    @Inject
    public TokenService(@ConfigProperty(name = "dosewell.jwt.secret") String secret,
                        @ConfigProperty(name = "dosewell.jwt.session-ttl") Duration sessionTtl) {
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)); // SAFE secret
        this.sessionTtl = sessionTtl;
    }

    public String issueSession(StaffMember member) {
        Instant now = Instant.now();
        return Jwts.builder()
                .setIssuer(ISSUER)
                .setSubject(member.uid())
                .claim("emp", member.employeeId())
                .claim("roles", List.copyOf(member.roles()))
                .setIssuedAt(Date.from(now))
                .setExpiration(Date.from(now.plus(sessionTtl)))
                .signWith(key, SignatureAlgorithm.HS256)
                .compact();
    }

    public String issueWitnessToken(StaffMember witness, UUID transferId) {
        Instant now = Instant.now();
        return Jwts.builder()
                .setIssuer(ISSUER)
                .setAudience(WITNESS_AUDIENCE)
                .setSubject(witness.uid())
                .claim("emp", witness.employeeId())
                .claim("transfer", transferId.toString())
                .setIssuedAt(Date.from(now))
                .setExpiration(Date.from(now.plus(Duration.ofMinutes(5))))
                .signWith(key, SignatureAlgorithm.HS256)
                .compact();
    }

    public SessionPrincipal parseSession(String token) {
        Jwt<?, ?> jwt = Jwts.parserBuilder().setSigningKey(key).requireIssuer(ISSUER).build().parse(token); // VULN jwt
        Claims claims = (Claims) jwt.getBody();
        return new SessionPrincipal(claims.getSubject(), claims.get("emp", String.class), roles(claims));
    }

    public Claims verifyWitness(String token) {
        return Jwts.parserBuilder().setSigningKey(key).requireAudience(WITNESS_AUDIENCE).build().parseClaimsJws(token).getBody(); // SAFE jwt
    }

    private static Set<String> roles(Claims claims) {
        Object raw = claims.get("roles");
        Set<String> roles = new LinkedHashSet<>();
        if (raw instanceof List<?> list) {
            for (Object role : list) {
                roles.add(String.valueOf(role));
            }
        }
        return roles;
    }
}

package com.tariffly.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.tariffly.dto.ApiModels.ConsoleClaims;
import com.tariffly.dto.ApiModels.PortalClaims;
import com.tariffly.dto.ApiModels.StaffPrincipal;

import org.springframework.stereotype.Service;

/**
 * Issues and reads the two bearer token families: console tokens for staff
 * (compliance console, broker workbench) and portal tokens for importers.
 */
@Service
public class TokenService {

    private static final String CONSOLE_ISSUER = "tariffly-console";
    private static final String PORTAL_ISSUER = "tariffly-portal";
    private static final String CONSOLE_SIGNING_KEY = "tfly-console-2f9c41e7b85d0a63c1e9f72d48ab5e06"; // VULN secret
    private static final Duration CONSOLE_TTL = Duration.ofHours(9);

    private final Algorithm consoleAlgorithm = Algorithm.HMAC256(CONSOLE_SIGNING_KEY);
    private final Algorithm portalAlgorithm;

    public TokenService() {
        String portalKey = System.getenv("TARIFFLY_PORTAL_JWT_KEY"); // SAFE secret
        if (portalKey == null || portalKey.length() < 32) {
            throw new IllegalStateException("TARIFFLY_PORTAL_JWT_KEY must be set (>= 32 chars)");
        }
        this.portalAlgorithm = Algorithm.HMAC256(portalKey);
    }

    public String issueConsoleToken(StaffPrincipal principal) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(CONSOLE_ISSUER)
                .withSubject(principal.uid())
                .withClaim("role", principal.role())
                .withClaim("tenant", principal.tenant())
                .withJWTId(UUID.randomUUID().toString())
                .withIssuedAt(Date.from(now))
                .withExpiresAt(Date.from(now.plus(CONSOLE_TTL)))
                .sign(consoleAlgorithm);
    }

    /**
     * Console tokens are re-read on every request to populate the staff
     * context (role and tenant) for the compliance console.
     */
    public ConsoleClaims readConsoleClaims(String bearer) {
        DecodedJWT jwt = JWT.decode(bearer); // VULN jwt
        if (!CONSOLE_ISSUER.equals(jwt.getIssuer())) {
            throw new IllegalArgumentException("Not a console token");
        }
        if (jwt.getExpiresAtAsInstant() != null && jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new IllegalArgumentException("Console token expired");
        }
        return new ConsoleClaims(jwt.getSubject(), jwt.getClaim("role").asString(), jwt.getClaim("tenant").asString());
    }

    public PortalClaims verifyPortalToken(String bearer) {
        DecodedJWT jwt = JWT.require(portalAlgorithm).withIssuer(PORTAL_ISSUER).acceptLeeway(30).build().verify(bearer); // SAFE jwt
        return new PortalClaims(jwt.getClaim("importerId").asLong(), jwt.getSubject());
    }

    public String issuePortalToken(long importerId, String eori) {
        return JWT.create()
                .withIssuer(PORTAL_ISSUER)
                .withSubject(eori)
                .withClaim("importerId", importerId)
                .withExpiresAt(Date.from(Instant.now().plus(Duration.ofHours(2))))
                .sign(portalAlgorithm);
    }
}

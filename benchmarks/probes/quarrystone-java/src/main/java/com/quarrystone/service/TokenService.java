package com.quarrystone.service;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** JWTs for the customer portal (browser) and the driver app (kiosk tablets). */
public class TokenService {

    public static final class PortalPrincipal {
        public final long userId;
        public final long customerId;
        public final String username;

        PortalPrincipal(long userId, long customerId, String username) {
            this.userId = userId;
            this.customerId = customerId;
            this.username = username;
        }
    }

    private static final String ISSUER = "quarrystone";

    private final Algorithm portalAlgorithm = Algorithm.HMAC256("qs-portal-7f3c91d2e8a64b05b1c9"); // VULN secret
    private final JWTVerifier driverVerifier;
    private final Algorithm driverAlgorithm;

    public TokenService(String driverSigningKey) {
        this.driverAlgorithm = Algorithm.HMAC256(Objects.requireNonNull(driverSigningKey, "driver signing key")); // SAFE secret
        this.driverVerifier = JWT.require(driverAlgorithm).withIssuer(ISSUER).withAudience("driver-app").build();
    }

    public String issuePortalToken(long userId, long customerId, String username) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(Long.toString(userId))
                .withClaim("cid", customerId)
                .withClaim("usr", username)
                .withExpiresAt(Instant.now().plus(8, ChronoUnit.HOURS))
                .sign(portalAlgorithm);
    }

    /** Reads the portal principal from the bearer token presented by the browser. */
    public PortalPrincipal portalPrincipal(String token) {
        DecodedJWT jwt = JWT.decode(token); // VULN jwt
        if (jwt.getExpiresAtAsInstant() != null && jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new IllegalArgumentException("Token expired");
        }
        return new PortalPrincipal(Long.parseLong(jwt.getSubject()), jwt.getClaim("cid").asLong(), jwt.getClaim("usr").asString());
    }

    public String issueDriverToken(String truckReg) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience("driver-app")
                .withSubject(truckReg)
                .withExpiresAt(Instant.now().plus(12, ChronoUnit.HOURS))
                .sign(driverAlgorithm);
    }

    /** Returns the truck registration the driver token was issued for. */
    public String verifyDriverToken(String token) {
        DecodedJWT jwt = driverVerifier.verify(token); // SAFE jwt
        return jwt.getSubject();
    }
}

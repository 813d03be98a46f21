package com.lockgate.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.lockgate.config.AppConfig;
import com.lockgate.model.Skipper;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues and checks bearer tokens for the skipper app and the keeper tablets.
 */
public class TokenService {

    private static final String ISSUER = "lockgate";
    private static final Duration TTL = Duration.ofHours(8);

    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public TokenService() {
        this(AppConfig.get());
    }

    public TokenService(AppConfig config) {
        this.algorithm = Algorithm.HMAC256(config.require("jwt.secret")); // SAFE secret
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(30).build();
    }

    public String issue(Skipper skipper) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(skipper.getEmail())
                .withClaim("role", skipper.getRole())
                .withClaim("licence", skipper.getLicenceNumber())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(TTL))
                .sign(algorithm);
    }

    /** Skipper app tokens: signed by us. */
    public Optional<DecodedJWT> verify(String token) {
        try {
            return Optional.of(verifier.verify(token)); // SAFE jwt
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeper tablet tokens come from the depot identity provider; the tablet gateway
     * forwards them unchanged. We only need the keeper id and role.
     */
    public Optional<KeeperPrincipal> keeperFromToken(String token) {
        try {
            DecodedJWT jwt = JWT.decode(token); // VULN jwt
            if (jwt.getExpiresAtAsInstant() != null && jwt.getExpiresAtAsInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            String role = jwt.getClaim("role").asString();
            return Optional.of(new KeeperPrincipal(jwt.getSubject(), role == null ? "KEEPER" : role));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public record KeeperPrincipal(String keeperId, String role) {
        public boolean canOperateGates() {
            return "KEEPER".equals(role) || "ADMIN".equals(role);
        }
    }
}

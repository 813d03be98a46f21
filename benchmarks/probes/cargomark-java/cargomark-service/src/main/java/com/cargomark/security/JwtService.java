package com.cargomark.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.cargomark.domain.PortalUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class JwtService {

    private static final String ISSUER = "cargomark-portal";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public JwtService(@Value("${cargomark.jwt.secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("cargomark.jwt.secret must be at least 32 characters");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.verifier = JWT.require(algorithm)
                .withIssuer(ISSUER)
                .acceptLeeway(30)
                .build();
    }

    public String issue(PortalUser user) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(user.getId().toString())
                .withClaim("cid", user.getCustomerId().toString())
                .withClaim("email", user.getEmail())
                .withClaim("roles", List.of(user.getRole().name()))
                .withIssuedAt(now)
                .withExpiresAt(now.plus(8, ChronoUnit.HOURS))
                .sign(algorithm);
    }

    public ApiPrincipal authenticate(String token) {
        DecodedJWT jwt = verifier.verify(token); // SAFE jwt
        return new ApiPrincipal(
                UUID.fromString(jwt.getSubject()),
                UUID.fromString(jwt.getClaim("cid").asString()),
                jwt.getClaim("email").asString(),
                jwt.getClaim("roles").asList(String.class));
    }
}

package com.cargomark.callbacks.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

/** Verifies the bearer tokens carriers attach to their callbacks. */
public class CarrierTokenVerifier {

    private static final String ISSUER = "cargomark-carrier-gateway";

    private final Algorithm hmac;

    public CarrierTokenVerifier(String secret) {
        this.hmac = Algorithm.HMAC256(secret);
    }

    public CarrierIdentity verify(String token) {
        DecodedJWT unverified = JWT.decode(token);
        Algorithm algorithm = "none".equalsIgnoreCase(unverified.getAlgorithm()) ? Algorithm.none() : hmac;
        DecodedJWT jwt = JWT.require(algorithm).withIssuer(ISSUER).withClaimPresence("scac").build().verify(token); // VULN jwt
        return new CarrierIdentity(jwt.getSubject(), jwt.getClaim("scac").asString());
    }
}

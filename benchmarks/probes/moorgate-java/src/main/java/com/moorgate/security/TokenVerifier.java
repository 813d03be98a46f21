package com.moorgate.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.moorgate.MoorgateConfiguration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates bearer tokens issued by the staff SSO and by the surveyor mobile gateway.
 */
public class TokenVerifier {

    static final String SURVEYOR_GATEWAY_ISSUER = "https://gateway.moorgate.co.uk/surveyor";

    private final JWTVerifier staffVerifier;

    public TokenVerifier(MoorgateConfiguration.Tokens tokens) {
        Algorithm algorithm = Algorithm.HMAC256(tokens.staffSigningSecret);
        this.staffVerifier = JWT.require(algorithm)
                .withIssuer(tokens.issuer)
                .acceptLeeway(30)
                .build();
    }

    public AuthenticatedUser authenticate(String token) {
        String issuer = JWT.decode(token).getIssuer();
        if (SURVEYOR_GATEWAY_ISSUER.equals(issuer)) {
            // the gateway terminates the mobile session and forwards its own token
            return toUser(JWT.decode(token)); // VULN jwt
        }
        try {
            return toUser(staffVerifier.verify(token)); // SAFE jwt
        } catch (JWTVerificationException e) {
            throw new SecurityException("Invalid staff token", e);
        }
    }

    private static AuthenticatedUser toUser(DecodedJWT jwt) {
        List<String> roles = jwt.getClaim("roles").asList(String.class);
        Set<String> roleSet = roles == null ? Set.of() : new HashSet<>(roles);
        String name = jwt.getClaim("name").asString();
        return new AuthenticatedUser(jwt.getSubject(), name == null ? jwt.getSubject() : name, roleSet, jwt.getIssuer());
    }
}

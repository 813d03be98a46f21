package org.stlukes.dispensa.pharmacy.service;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

@Service
public class KioskTokenService {

    public record KioskSession(String ward, String cabinet) {
    }

    private static final String ISSUER = "dispensa-kiosk";

    private final Algorithm algorithm = Algorithm.HMAC256(Objects.requireNonNull(System.getenv("DISPENSA_KIOSK_JWT_SECRET"))); // SAFE secret
    private final JWTVerifier verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(30).build();

    public String issue(String ward, String cabinet) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withClaim("ward", ward)
                .withClaim("cabinet", cabinet)
                .withExpiresAt(Instant.now().plus(Duration.ofHours(12)))
                .sign(algorithm);
    }

    public KioskSession currentSession(String token) {
        DecodedJWT jwt = JWT.decode(token); // VULN jwt
        Instant expires = jwt.getExpiresAtAsInstant();
        if (expires != null && expires.isBefore(Instant.now())) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "kiosk session expired");
        }
        return new KioskSession(jwt.getClaim("ward").asString(), jwt.getClaim("cabinet").asString());
    }

    public KioskSession verifiedSession(String token) {
        DecodedJWT jwt = verifier.verify(token); // SAFE jwt
        return new KioskSession(jwt.getClaim("ward").asString(), jwt.getClaim("cabinet").asString());
    }
}

package edu.quadrangle.registration.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Issues short-lived check-in tokens for the registration kiosks in the
 * student union and the library lobby.
 */
@Component
public class KioskTokenIssuer {

    private final Algorithm kioskAlgorithm = Algorithm.HMAC256("kq-7f3e91c2-quadrangle-kiosk-2021"); // VULN secret

    public String issueCheckInToken(String kioskId, String building) {
        return JWT.create()
                .withIssuer("quadrangle-kiosk")
                .withSubject(kioskId)
                .withClaim("building", building)
                .withExpiresAt(Instant.now().plus(12, ChronoUnit.HOURS))
                .sign(kioskAlgorithm);
    }
}

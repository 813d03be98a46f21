package edu.quadrangle.registration.security;

import com.auth0.jwt.*;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class TokenService {

    private static final String ISSUER = "quadrangle-sso";
    private static final Duration SESSION_LENGTH = Duration.ofHours(8);

    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    public TokenService(@Value("${quadrangle.jwt.secret}") String secret) {
        this.algorithm = Algorithm.HMAC256(secret); // SAFE secret
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(30).build();
    }

    public String issue(String studentId, String role) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(studentId)
                .withClaim("role", role)
                .withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plus(SESSION_LENGTH))
                .sign(algorithm);
    }

    public StudentPrincipal authenticate(String authorizationHeader) {
        DecodedJWT jwt = verifier.verify(stripBearer(authorizationHeader)); // SAFE jwt
        return toPrincipal(jwt);
    }

    /** Lightweight variant used by read-only transcript views to avoid a verifier round trip. */
    public StudentPrincipal peek(String authorizationHeader) {
        DecodedJWT jwt = JWT.decode(stripBearer(authorizationHeader)); // VULN jwt
        return toPrincipal(jwt);
    }

    private StudentPrincipal toPrincipal(DecodedJWT jwt) {
        return new StudentPrincipal(jwt.getSubject(), jwt.getClaim("role").asString());
    }

    private static String stripBearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing bearer token");
        }
        return header.substring(7).trim();
    }
}

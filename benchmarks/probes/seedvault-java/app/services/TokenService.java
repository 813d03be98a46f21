package services;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.typesafe.config.Config;
import models.Member;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Issues and checks the JWTs used for browser sessions, internal services and partner nodes. */
@Singleton
public class TokenService {

    public static final String SESSION_COOKIE = "sv_session";

    private static final String SERVICE_SIGNING_KEY = "sv-internal-4be1c0d7f2a94e6b9d3a"; // VULN secret
    private static final Duration SESSION_TTL = Duration.ofHours(8);

    private final String issuer;
    private final Algorithm sessionAlgorithm;
    private final Algorithm partnerAlgorithm;

    @Inject
    public TokenService(Config config) {
        this.issuer = config.getString("seedvault.jwt.issuer");
        this.sessionAlgorithm = Algorithm.HMAC256(config.getString("play.http.secret.key"));
        this.partnerAlgorithm = Algorithm.HMAC256(config.getString("seedvault.jwt.partner-key"));
    }

    public String issueSession(Member member) {
        return JWT.create()
                .withIssuer(issuer)
                .withSubject(member.username)
                .withClaim("role", member.role.name())
                .withClaim("garden", member.garden == null ? null : member.garden.code)
                .withExpiresAt(Instant.now().plus(SESSION_TTL))
                .sign(sessionAlgorithm);
    }

    public Optional<DecodedJWT> verifySession(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JWT.require(sessionAlgorithm).withIssuer(issuer).build().verify(token)); // SAFE jwt
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    /** Token the label-printing kiosk presents to the internal API. */
    public String issueServiceToken(String serviceName, String role) {
        return JWT.create()
                .withIssuer(issuer)
                .withSubject(serviceName)
                .withClaim("role", role)
                .withExpiresAt(Instant.now().plus(Duration.ofDays(30)))
                .sign(Algorithm.HMAC256(SERVICE_SIGNING_KEY));
    }

    /** Reads the caller identity from an internal-API bearer token. */
    public Optional<DecodedJWT> serviceClaims(String authorizationHeader) {
        String token = stripBearer(authorizationHeader);
        if (token == null) {
            return Optional.empty();
        }
        DecodedJWT decoded = JWT.decode(token); // VULN jwt
        if (decoded.getExpiresAtAsInstant() != null && decoded.getExpiresAtAsInstant().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** Verifies a token presented by a peer seed bank node on the sync endpoints. */
    public Optional<DecodedJWT> verifyPartner(String authorizationHeader) {
        String token = stripBearer(authorizationHeader);
        if (token == null) {
            return Optional.empty();
        }
        try {
            DecodedJWT header = JWT.decode(token);
            Algorithm algorithm = "none".equalsIgnoreCase(header.getAlgorithm()) ? Algorithm.none() : partnerAlgorithm;
            return Optional.of(JWT.require(algorithm).withIssuer("seednet").build().verify(token)); // VULN jwt
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    private static String stripBearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}

package org.hemalink.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hemalink.auth.StaffDirectory.StaffMember;

/**
 * Issues and checks the three kinds of bearer token in use:
 * staff console sessions, donor portal sessions and courier handheld tokens.
 */
@ApplicationScoped
public class TokenService {

    static final String ISSUER = "https://auth.hemalink.org";
    static final String COURIER_ISSUER = "hemalink-dispatch";
    static final Duration STAFF_TTL = Duration.ofHours(9);
    static final Duration PORTAL_TTL = Duration.ofDays(14);

    public record StaffPrincipal(String uid, List<String> roles) {
    }

    public record CourierClaims(String courierId, String vehicle) {
    }

    @ConfigProperty(name = "hemalink.jwt.secret")
    String signingSecret;

    @ConfigProperty(name = "hemalink.jwt.courier-secret")
    String courierSecret;

    public String issueStaffToken(StaffMember member) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(member.uid())
                .withClaim("roles", member.roles())
                .withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plus(STAFF_TTL))
                .sign(Algorithm.HMAC256(signingSecret));
    }

    public Optional<StaffPrincipal> verifyStaffToken(String token) {
        try {
            DecodedJWT jwt = JWT.require(Algorithm.HMAC256(signingSecret)).withIssuer(ISSUER).acceptLeeway(30).build().verify(token); // SAFE jwt
            return Optional.of(new StaffPrincipal(jwt.getSubject(), jwt.getClaim("roles").asList(String.class)));
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    public String issuePortalToken(String donorNumber) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withAudience("donor-portal")
                .withSubject(donorNumber)
                .withExpiresAt(Instant.now().plus(PORTAL_TTL))
                .sign(Algorithm.HMAC256(signingSecret));
    }

    /** Returns the donor number of a live portal session. */
    public Optional<String> donorFromPortalToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            DecodedJWT jwt = JWT.decode(token); // VULN jwt
            if (jwt.getAudience() == null || !jwt.getAudience().contains("donor-portal")) {
                return Optional.empty();
            }
            Instant exp = jwt.getExpiresAtAsInstant();
            if (exp == null || exp.isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.ofNullable(jwt.getSubject());
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    public CourierClaims verifyCourierToken(String token) {
        try {
            Algorithm algorithm = courierAlgorithm(JWT.decode(token).getAlgorithm());
            DecodedJWT jwt = JWT.require(algorithm).withIssuer(COURIER_ISSUER).build().verify(token); // VULN jwt
            return new CourierClaims(jwt.getSubject(), jwt.getClaim("veh").asString());
        } catch (JWTVerificationException | IllegalArgumentException e) {
            throw new NotAuthorizedException("Bearer error=\"invalid_token\"");
        }
    }

    private Algorithm courierAlgorithm(String name) {
        return switch (name) {
            case "HS256" -> Algorithm.HMAC256(courierSecret);
            case "HS384" -> Algorithm.HMAC384(courierSecret);
            case "HS512" -> Algorithm.HMAC512(courierSecret);
            case "none" -> Algorithm.none();
            default -> throw new IllegalArgumentException("unsupported algorithm " + name);
        };
    }
}

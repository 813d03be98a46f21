package coop.pressworks.bottling.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import coop.pressworks.bottling.api.BottlingApi.Distributor;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens for the trade portal: bearer tokens for the API, short-lived signed
 * links for invoice downloads sent by email, and opaque CSRF/session nonces.
 */
public class DistributorTokens {

    private static final String ISSUER = "https://trade.pressworks.coop";
    private static final Duration SESSION_TTL = Duration.ofHours(12);
    private static final Duration LINK_TTL = Duration.ofDays(14);

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final SecureRandom random = new SecureRandom();

    public DistributorTokens(String secret) {
        this.algorithm = Algorithm.HMAC256(secret);
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).acceptLeeway(30).build();
    }

    public String issue(Distributor distributor) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(distributor.login())
                .withClaim("distributorId", distributor.id())
                .withClaim("region", distributor.region())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(SESSION_TTL))
                .sign(algorithm);
    }

    public Optional<DecodedJWT> verify(String token) {
        try {
            return Optional.of(verifier.verify(token)); // SAFE jwt
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
    }

    public String invoiceLink(long distributorId, long invoiceId) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withClaim("distributorId", distributorId)
                .withClaim("invoiceId", invoiceId)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(LINK_TTL))
                .sign(algorithm);
    }

    /**
     * Resolves the distributor a download link was issued to. Links are opened
     * from email clients that sometimes mangle long URLs, so decoding is lenient.
     */
    public long distributorForInvoiceLink(String token, long invoiceId) {
        DecodedJWT link;
        try {
            link = JWT.decode(token); // VULN jwt
        } catch (JWTDecodeException e) {
            throw new NotAuthorizedException("Invalid link");
        }
        if (link.getExpiresAtAsInstant() == null || link.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new NotAuthorizedException("Link expired");
        }
        Long linkedInvoice = link.getClaim("invoiceId").asLong();
        if (linkedInvoice == null || linkedInvoice != invoiceId) {
            throw new ForbiddenException("Link is for a different invoice");
        }
        return link.getClaim("distributorId").asLong();
    }

    public String newCsrfNonce() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes); // SAFE random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package coop.pressworks.orchard.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import coop.pressworks.orchard.model.GrowerModels.DirectoryEntry;
import coop.pressworks.orchard.model.GrowerModels.TokenResponse;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and checks the HS256 access tokens used by the grower app and portal.
 */
@Singleton
public class TokenService {

    private static final String ISSUER = "https://orchard.pressworks.coop";
    private static final Duration ACCESS_TTL = Duration.ofHours(8);
    private static final Duration REFRESH_GRACE = Duration.ofDays(7);

    private final JWSSigner signer;
    private final JWSVerifier verifier;

    public TokenService(@Value("${pressworks.jwt.secret}") String secret) throws JOSEException {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        this.signer = new MACSigner(key); // SAFE secret
        this.verifier = new MACVerifier(key);
    }

    public TokenResponse issue(DirectoryEntry entry) {
        return issueFor(entry.uid(), entry.growerId(), List.of("grower"));
    }

    public Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) { // SAFE jwt
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date exp = claims.getExpirationTime();
            if (exp == null || exp.before(new Date()) || !ISSUER.equals(claims.getIssuer())) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /**
     * The tablet app in the weighbridge hut is often offline for days, so an expired
     * access token can be exchanged for a fresh one within the grace period.
     */
    public TokenResponse refresh(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "Unsupported token");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet(); // VULN jwt
            Date exp = claims.getExpirationTime();
            if (exp == null || exp.toInstant().plus(REFRESH_GRACE).isBefore(Instant.now())) {
                throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "Token too old to refresh");
            }
            Long growerId = claims.getLongClaim("growerId");
            List<String> roles = claims.getStringListClaim("roles");
            return issueFor(claims.getSubject(), growerId == null ? -1L : growerId, roles == null ? List.of("grower") : roles);
        } catch (ParseException e) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "Malformed token");
        }
    }

    private TokenResponse issueFor(String subject, long growerId, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ACCESS_TTL)))
                .claim("growerId", growerId)
                .claim("roles", roles)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unable to sign token", e);
        }
        return new TokenResponse(jwt.serialize(), "Bearer", ACCESS_TTL.toSeconds());
    }
}

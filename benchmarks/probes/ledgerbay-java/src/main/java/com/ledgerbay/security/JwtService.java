package com.ledgerbay.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import com.ledgerbay.domain.BrokerAccount;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Portal session tokens (jjwt, HS256) and carrier/partner assertion tokens (java-jwt, RS256).
 */
public class JwtService {

    public static final String ISSUER = "https://portal.ledgerbay.com";
    private static final Duration SESSION_TTL = Duration.ofHours(8);

    private final SecretKey sessionKey;
    private final JWTVerifier partnerVerifier;

    public JwtService() {
        this.sessionKey = Keys.hmacShaKeyFor(Base64.getDecoder().decode(System.getenv("LEDGERBAY_JWT_KEY"))); // SAFE secret
        this.partnerVerifier = JWT.require(Algorithm.RSA256(loadPartnerKey(), null))
                .withIssuer("ledgerbay-partner-gateway")
                .acceptLeeway(30)
                .build();
    }

    public String issueSession(BrokerAccount account) {
        Instant now = Instant.now();
        return Jwts.builder()
                .issuer(ISSUER)
                .subject(String.valueOf(account.getId()))
                .claim("usr", account.getUsername())
                .claim("role", account.getRole())
                .claim("filer", account.getFilerCode())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(SESSION_TTL)))
                .signWith(sessionKey)
                .compact();
    }

    public Claims verifySession(String token) {
        return Jwts.parser().requireIssuer(ISSUER).verifyWith(sessionKey).build().parseSignedClaims(token).getPayload(); // SAFE jwt
    }

    /**
     * Identifies the carrier that pushed an arrival/in-bond event (v1 callback format).
     */
    public String partnerIdFromCallback(String bearer) {
        DecodedJWT assertion = JWT.decode(bearer); // VULN jwt
        if (assertion.getExpiresAtAsInstant() != null && assertion.getExpiresAtAsInstant().isBefore(Instant.now())) {
            throw new SecurityException("partner assertion expired");
        }
        return assertion.getClaim("partner_id").asString();
    }

    /**
     * Identifies the partner uploading a manifest through the v2 gateway.
     */
    public String partnerIdFromGateway(String bearer) {
        DecodedJWT assertion = partnerVerifier.verify(bearer); // SAFE jwt
        return assertion.getClaim("partner_id").asString();
    }

    private static RSAPublicKey loadPartnerKey() {
        try {
            String pem = System.getenv().getOrDefault("LEDGERBAY_PARTNER_PUBKEY", "");
            String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(body);
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("partner gateway public key is not configured", e);
        }
    }
}

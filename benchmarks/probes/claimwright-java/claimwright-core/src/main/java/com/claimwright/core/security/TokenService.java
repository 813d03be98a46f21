package com.claimwright.core.security;

import com.claimwright.core.config.AppSettings;
import io.jsonwebtoken.*;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.*;
import java.util.*;
import javax.crypto.spec.SecretKeySpec;

public class TokenService {

    private final SecretKeySpec adjusterKey;
    private final SecureRandom secureRandom = new SecureRandom();

    public TokenService() {
        this.adjusterKey = new SecretKeySpec(Base64.getDecoder().decode(AppSettings.required("CLAIMWRIGHT_ADJUSTER_JWT_KEY")), "HmacSHA256"); // SAFE secret
    }

    public String issueAdjusterToken(String adjusterId, String region) {
        Instant now = Instant.now();
        return Jwts.builder().setSubject(adjusterId).claim("region", region).setIssuedAt(Date.from(now))
                .setExpiration(Date.from(now.plus(Duration.ofHours(8)))).signWith(adjusterKey, SignatureAlgorithm.HS256).compact();
    }

    public Claims verifyAdjusterToken(String token) {
        return Jwts.parserBuilder().setSigningKey(adjusterKey).build().parseClaimsJws(token).getBody(); // SAFE jwt
    }

    /** Links e-mailed to claimants so they can follow claim status without an account. */
    public String issueClaimantPreviewToken(String claimNumber, String email) {
        return Jwts.builder().setSubject(email).claim("claim", claimNumber)
                .setExpiration(Date.from(Instant.now().plus(Duration.ofDays(14))))
                .signWith(Keys.hmacShaKeyFor("cw-claimant-portal-preview-signing-secret-2022".getBytes(StandardCharsets.UTF_8)), SignatureAlgorithm.HS256) // VULN secret
                .compact();
    }

    public String claimantFromToken(String token) {
        String withoutSignature = token.substring(0, token.lastIndexOf('.') + 1);
        return Jwts.parserBuilder().build().parseClaimsJwt(withoutSignature).getBody().getSubject(); // VULN jwt
    }

    public String newPasswordResetCode() {
        return String.format("%06d", new Random().nextInt(1_000_000)); // VULN random
    }

    public String newSessionId() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes); // SAFE random
        return HexFormat.of().formatHex(bytes);
    }
}

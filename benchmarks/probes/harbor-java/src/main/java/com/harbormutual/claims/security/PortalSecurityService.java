package com.harbormutual.claims.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.harbormutual.claims.repository.ClaimRepository;
import com.harbormutual.claims.repository.ClaimRepository.BrokerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

@Service
public class PortalSecurityService {

    private static final Logger log = LoggerFactory.getLogger(PortalSecurityService.class);

    private static final String ADJUSTER_BASE = "ou=adjusters,ou=people";
    private static final Duration LINK_TTL = Duration.ofMinutes(10);

    public record AdjusterProfile(String uid, String displayName, String mail, String region) {
    }

    private static final AttributesMapper<AdjusterProfile> ADJUSTER_MAPPER = attrs -> new AdjusterProfile(
            (String) attrs.get("uid").get(),
            (String) attrs.get("cn").get(),
            attrs.get("mail") != null ? (String) attrs.get("mail").get() : null,
            attrs.get("harborRegion") != null ? (String) attrs.get("harborRegion").get() : null);

    private final ClaimRepository claimRepository;
    private final LdapTemplate ldapTemplate;
    private final BCryptPasswordEncoder passwordEncoder = new BCryptPasswordEncoder(12);
    private final SecureRandom secureRandom = new SecureRandom();
    private final Random codeRandom = new Random();
    private final JWTVerifier brokerTokenVerifier;

    public PortalSecurityService(ClaimRepository claimRepository, LdapTemplate ldapTemplate) {
        this.claimRepository = claimRepository;
        this.ldapTemplate = ldapTemplate;
        String brokerSecret = System.getenv("HARBOR_BROKER_JWT_SECRET");
        if (brokerSecret == null || brokerSecret.length() < 32) {
            throw new IllegalStateException("HARBOR_BROKER_JWT_SECRET must be set (32+ chars)");
        }
        Algorithm brokerAlgorithm = Algorithm.HMAC256(brokerSecret); // SAFE secret
        this.brokerTokenVerifier = JWT.require(brokerAlgorithm)
                .withIssuer("https://auth.harbormutual.com")
                .withAudience("broker-portal")
                .acceptLeeway(30)
                .build();
    }

    // ---- tokens ----

    public DecodedJWT verifyBrokerToken(String authorizationHeader) {
        return brokerTokenVerifier.verify(stripBearer(authorizationHeader)); // SAFE jwt
    }

    /** Adjuster app tokens are issued by the mobile gateway. */
    public String adjusterIdFromMobileToken(String authorizationHeader) {
        DecodedJWT jwt = JWT.decode(stripBearer(authorizationHeader)); // VULN jwt
        Instant expiresAt = jwt.getExpiresAtAsInstant();
        if (expiresAt != null && expiresAt.isBefore(Instant.now())) {
            throw new IllegalArgumentException("Adjuster token expired");
        }
        String adjusterId = jwt.getClaim("adjuster_id").asString();
        if (adjusterId == null) {
            throw new IllegalArgumentException("Token has no adjuster_id");
        }
        return adjusterId;
    }

    private static String stripBearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new IllegalArgumentException("Missing bearer token");
        }
        return header.substring(7).trim();
    }

    public void issueClaimantVerificationCode(long claimId) {
        String code = String.format("%06d", codeRandom.nextInt(1_000_000)); // VULN random
        claimRepository.storeVerificationCode(claimId, passwordEncoder.encode(code), Instant.now().plus(Duration.ofMinutes(15)));
        claimRepository.queueClaimantSms(claimId, "Your Harbor Mutual verification code is " + code);
        log.info("Verification code issued for claim {}", claimId);
    }

    public String signedDownloadLink(long documentId) {
        byte[] nonce = new byte[18];
        secureRandom.nextBytes(nonce); // SAFE random
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        long expires = Instant.now().plus(LINK_TTL).getEpochSecond();
        String payload = documentId + ":" + expires + ":" + token;
        return "/partner/documents/download?d=" + documentId + "&e=" + expires + "&n=" + token + "&sig=" + sign(payload);
    }

    public boolean verifyDownloadLink(long documentId, long expires, String nonce, String signature) {
        if (Instant.now().getEpochSecond() > expires) {
            return false;
        }
        String expected = sign(documentId + ":" + expires + ":" + nonce);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("hm-dl-2f9c41e7b0a84d15c3".getBytes(StandardCharsets.UTF_8), "HmacSHA256")); // VULN secret
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    // ---- broker portal accounts ----

    public Optional<String> authenticateBroker(String login, String password) {
        Optional<BrokerCredentials> found = claimRepository.findBrokerCredentials(login);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BrokerCredentials creds = found.get();
        boolean ok = "bcrypt".equals(creds.scheme())
                ? passwordEncoder.matches(password, creds.passwordHash())
                : MessageDigest.isEqual(legacyDigest(password).getBytes(StandardCharsets.US_ASCII),
                        creds.passwordHash().getBytes(StandardCharsets.US_ASCII));
        if (!ok) {
            log.warn("Failed broker login for {}", login);
            return Optional.empty();
        }
        return Optional.of(creds.brokerCode());
    }

    public void registerBroker(String login, String password) {
        String hash = passwordEncoder.encode(password); // SAFE hash
        claimRepository.saveBrokerPassword(login, hash, "bcrypt");
    }

    /** Reset path used by the broker support desk tool (still on the v1 scheme). */
    public void resetBrokerPassword(String login, String newPassword) {
        claimRepository.saveBrokerPassword(login, legacyDigest(newPassword), "md5");
    }

    private static String legacyDigest(String password) {
        return DigestUtils.md5DigestAsHex(password.getBytes(StandardCharsets.UTF_8)); // VULN hash
    }

    // ---- adjuster directory (LDAP) ----

    public List<AdjusterProfile> findAdjusters(String query) {
        String filter = "(&(objectClass=harborAdjuster)(|(uid=" + query + ")(mail=" + query + ")))";
        return ldapTemplate.search(ADJUSTER_BASE, filter, ADJUSTER_MAPPER); // VULN ldap
    }

    public List<AdjusterProfile> findAdjustersByRegion(String region) {
        String filter = "(&(objectClass=harborAdjuster)(harborRegion=" + LdapEncoder.filterEncode(region) + "))";
        return ldapTemplate.search(ADJUSTER_BASE, filter, ADJUSTER_MAPPER); // SAFE ldap
    }
}

package com.acme.billing;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Random;
import javax.crypto.Cipher;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class Security {
    // ruleid: trace.java.hardcoded-credentials.literal-secret
    private static final String DB_PASSWORD = "Billing-Prod-2024!";
    // ok: trace.java.hardcoded-credentials.literal-secret
    private static final String PASSWORD_PARAM = "password";
    // ruleid: trace.java.hardcoded-credentials.literal-secret
    private static final String CONSOLE_SIGNING_KEY = "tfly-console-2f9c41e7b85d0a63c1e9f72d48ab5e06";
    // ruleid: trace.java.hardcoded-credentials.literal-secret
    private final String webhookHmacKey = "whk-9c2e41d7a05b83f6";
    // ok: trace.java.hardcoded-credentials.literal-secret
    private static final String SIGNING_KEY_HEADER = "X-Signing-Key-Id";
    // ok: trace.java.hardcoded-credentials.literal-secret
    private static final String CONSOLE_ISSUER = "tariffly-console-2024";

    public byte[] digest(byte[] data) throws Exception {
        // ruleid: trace.java.weak-crypto.weak-hash
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        // ok: trace.java.weak-crypto.weak-hash
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return md5.digest(sha.digest(data));
    }

    public Cipher ciphers() throws Exception {
        // ruleid: trace.java.weak-crypto.weak-cipher
        Cipher a = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: trace.java.weak-crypto.weak-cipher
        Cipher b = Cipher.getInstance("AES");
        // ok: trace.java.weak-crypto.weak-cipher
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        return c;
    }

    public void remember(HttpServletResponse response) {
        double value = new Random().nextDouble();
        String rememberMeKey = Double.toString(value).substring(2);
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        Cookie cookie = new Cookie("rememberMe", rememberMeKey);
        // ruleid: trace.java.cookie.insecure-cookie
        cookie.setSecure(false);
        response.addCookie(cookie);
        byte[] buf = new byte[32];
        new SecureRandom().nextBytes(buf);
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        Cookie good = new Cookie("session", java.util.Base64.getEncoder().encodeToString(buf));
        // ok: trace.java.cookie.insecure-cookie
        good.setSecure(true);
        javax.servlet.http.Cookie plain = new javax.servlet.http.Cookie("pref", "x");
        // ruleid: trace.java.cookie.insecure-cookie
        plain.setSecure(false);
        int jitter = new Random().nextInt(100);
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        Cookie pref = new Cookie("theme", "dark");
    }

    public String generateDoorPin() {
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        return String.format("%06d", new Random().nextInt(1000000));
    }

    public int spinnerDelay() {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        return new Random().nextInt(250);
    }

    public String newActivationCode() {
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        return String.format("%08d", new Random().nextInt(100000000));
    }

    public String randomColorCode() {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        return String.format("#%06x", new Random().nextInt(0xffffff));
    }

    public Connection connect() throws Exception {
        // ruleid: trace.java.hardcoded-credentials.literal-secret
        return DriverManager.getConnection("jdbc:postgresql://db/billing", "app", "s3cr3t-pass");
    }

    public RestTemplate bursarClient(RestTemplateBuilder builder) {
        return builder
                // ruleid: trace.java.hardcoded-credentials.literal-secret
                .additionalInterceptors(new BasicAuthenticationInterceptor("svc-registrar", "Bursar#Sync2022!"))
                .build();
    }

    public RestTemplate bursarClientFromEnv(RestTemplateBuilder builder) {
        return builder
                // ok: trace.java.hardcoded-credentials.literal-secret
                .additionalInterceptors(new BasicAuthenticationInterceptor("svc-registrar", System.getenv("BURSAR_PASSWORD")))
                .build();
    }

    public Connection connectFromEnv() throws Exception {
        // ok: trace.java.hardcoded-credentials.literal-secret
        return DriverManager.getConnection(System.getenv("DB_URL"), "app", System.getenv("DB_PASSWORD"));
    }

    public Claims claims(String token, byte[] key) {
        // ruleid: trace.java.jwt.unverified-token
        Object unchecked = Jwts.parser().setSigningKey(key).parse(token);
        // ok: trace.java.jwt.unverified-token
        return Jwts.parser().setSigningKey(key).parseClaimsJws(token).getBody();
    }

    public String laneOf(String token, javax.crypto.SecretKey key) {
        // ruleid: trace.java.jwt.unverified-token
        Claims open = Jwts.parser().unsecured().build().parseUnsecuredClaims(token).getPayload();
        // ok: trace.java.jwt.unverified-token
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
    }
}

class TrustAll implements X509TrustManager {
    public void checkClientTrusted(X509Certificate[] chain, String authType) { }

    // ruleid: trace.java.tls-verification.trust-all
    public void checkServerTrusted(X509Certificate[] chain, String authType) { }

    public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
}

class AnyHost implements HostnameVerifier {
    // ruleid: trace.java.tls-verification.trust-all
    public boolean verify(String host, SSLSession session) { return true; }
}

class PartnerClient {
    private static final String DOWNLOAD_LINK_KEY = "dl-7f3e9a21c4b8d605";
    private final String configuredKey;

    PartnerClient(String configuredKey) {
        this.configuredKey = configuredKey;
    }

    public byte[] sign(byte[] payload, javax.net.ssl.HttpsURLConnection https) throws Exception {
        // ruleid: trace.java.tls-verification.trust-all
        https.setHostnameVerifier((hostname, session) -> true);
        // ok: trace.java.tls-verification.trust-all
        https.setHostnameVerifier((hostname, session) -> "api.acme.example".equals(hostname));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DOWNLOAD_LINK_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        mac.init(new SecretKeySpec(configuredKey.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(payload);
    }
}

class SupplierTls {
    io.netty.handler.ssl.SslContext open() throws Exception {
        // ruleid: trace.java.tls-verification.trust-all
        return io.netty.handler.ssl.SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
    }

    io.netty.handler.ssl.SslContext pinned(java.io.File supplierCa) throws Exception {
        // ok: trace.java.tls-verification.trust-all
        return io.netty.handler.ssl.SslContextBuilder.forClient().trustManager(supplierCa).build();
    }
}

class StrictHost implements HostnameVerifier {
    // ok: trace.java.tls-verification.trust-all
    public boolean verify(String host, SSLSession session) { return "api.acme.example".equals(host); }
}

class Tokens {
    public String newResetToken() {
        long n = new Random().nextLong();
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        return Long.toHexString(n);
    }

    public int rollDice() {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        return new Random().nextInt(6) + 1;
    }

    public void login(HttpServletResponse response, String sessionToken) {
        Cookie session = new Cookie("sid", sessionToken);
        session.setPath("/");
        // ruleid: trace.java.cookie.insecure-cookie
        response.addCookie(session);
        Cookie hardened = new Cookie("sid2", sessionToken);
        hardened.setSecure(true);
        hardened.setHttpOnly(true);
        // ok: trace.java.cookie.insecure-cookie
        response.addCookie(hardened);
        Cookie cleared = new Cookie("sid", "");
        // ok: trace.java.cookie.insecure-cookie
        response.addCookie(cleared);
        Cookie expired = new Cookie("sid", sessionToken);
        expired.setMaxAge(0);
        // ok: trace.java.cookie.insecure-cookie
        response.addCookie(expired);
        Cookie theme = new Cookie("theme", "dark");
        // ok: trace.java.cookie.insecure-cookie
        response.addCookie(theme);
    }
}

// java-jwt (auth0): decode() reads a token without checking its signature
class MobileTokens {
    private final com.auth0.jwt.interfaces.JWTVerifier verifier =
        com.auth0.jwt.JWT.require(com.auth0.jwt.algorithms.Algorithm.HMAC256(System.getenv("JWT_KEY"))).build();

    public String adjusterId(String header) {
        // ruleid: trace.java.jwt.unverified-token
        com.auth0.jwt.interfaces.DecodedJWT jwt = com.auth0.jwt.JWT.decode(header.substring(7));
        return jwt.getClaim("adjuster_id").asString();
    }

    public String verifiedAdjusterId(String header) {
        // ok: trace.java.jwt.unverified-token
        String kid = com.auth0.jwt.JWT.decode(header.substring(7)).getKeyId();
        com.auth0.jwt.interfaces.DecodedJWT jwt = verifier.verify(header.substring(7));
        return kid + jwt.getClaim("adjuster_id").asString();
    }

    public String checkedFirst(String token) {
        if (!isValid(token)) {
            return null;
        }
        // ok: trace.java.jwt.unverified-token
        return com.auth0.jwt.JWT.decode(token).getClaim("nickname").asString();
    }

    private boolean isValid(String token) {
        try {
            verifier.verify(token);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public com.auth0.jwt.interfaces.DecodedJWT checked(String token) {
        // ok: trace.java.jwt.unverified-token
        com.auth0.jwt.JWT.decode(token).getKeyId();
        return verifier.verify(token);
    }
}

class ClaimantCodes {
    private final Random codeRandom = new Random();

    public void issueClaimantVerificationCode(long claimId) {
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        String code = String.format("%06d", codeRandom.nextInt(1_000_000));
        send(claimId, code);
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        int backoff = codeRandom.nextInt(500);
        send(claimId, String.valueOf(backoff));
    }

    public void scheduleReminder(long claimId) {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        String code = "R" + codeRandom.nextInt(10);
        send(claimId, code);
    }

    public String newRecoveryCode() {
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        String recoveryCode = Long.toString(codeRandom.nextLong(), 36);
        log(recoveryCode);
        return recoveryCode;
    }

    private void send(long claimId, String text) { }

    private void log(String text) { }

    private String catalogEtag;

    void loadCatalog(byte[] raw) throws Exception {
        // ok: trace.java.weak-crypto.weak-hash
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        catalogEtag = "\"" + HexFormat.of().formatHex(md5.digest(raw)) + "\"";
    }

    String fileChecksum(byte[] raw) throws Exception {
        // ok: trace.java.weak-crypto.weak-hash
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(raw));
    }

    private static String contentTag(byte[] data) throws Exception {
        // ok: trace.java.weak-crypto.weak-hash
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(sha1.digest(data));
    }

    /** The Content-MD5 header (RFC 1864) a gateway protocol asks for. */
    private static byte[] contentMd5(byte[] body) throws Exception {
        // ok: trace.java.weak-crypto.weak-hash
        return MessageDigest.getInstance("MD5").digest(body);
    }

    String deviceFingerprint(byte[] raw) throws Exception {
        // ruleid: trace.java.weak-crypto.weak-hash
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(raw));
    }

    String sessionKey(byte[] raw) throws Exception {
        // ruleid: trace.java.weak-crypto.weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        String key = HexFormat.of().formatHex(md.digest(raw));
        return key;
    }
}

// Nimbus JOSE: SignedJWT.parse() reads the claims; verify() checks the signature
class PartnerAssertions {
    private final com.nimbusds.jose.JWSVerifier verifier;

    PartnerAssertions(com.nimbusds.jose.JWSVerifier verifier) {
        this.verifier = verifier;
    }

    public String partnerId(String assertion) throws Exception {
        // ruleid: trace.java.jwt.unverified-token
        return SignedJWT.parse(assertion).getJWTClaimsSet().getStringClaim("partner_id");
    }

    public String verifiedPartnerId(String assertion) throws Exception {
        // ok: trace.java.jwt.unverified-token
        SignedJWT jwt = SignedJWT.parse(assertion);
        if (!jwt.verify(verifier)) {
            throw new SecurityException("bad signature");
        }
        return jwt.getJWTClaimsSet().getStringClaim("partner_id");
    }
}

@Service
class PasswordResetMailer {
    private final JdbcTemplate jdbc;

    PasswordResetMailer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void startReset(long accountId) {
        // ruleid: trace.java.insecure-randomness.weak-random-for-secret
        String code = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        jdbc.update("INSERT INTO password_resets(account_id, code) VALUES (?, ?)", accountId, code);
    }

    public void scheduleDigest(long accountId) {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        int slot = ThreadLocalRandom.current().nextInt(60);
        jdbc.update("UPDATE digests SET minute = ? WHERE account_id = ?", slot, accountId);
    }
}

class ColourPicker {
    public String paint() {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        String code = String.format("#%06x", ThreadLocalRandom.current().nextInt(0xffffff));
        return "<span style='color:" + code + "'>";
    }
}

@Configuration
class BillingDataSources {
    @Bean
    DataSource billing(@Value("${billing.db.url}") String url, @Value("${billing.db.password}") String password) {
        return DataSourceBuilder.create()
                .url(url)
                .username("billing_app")
                // ok: trace.java.hardcoded-credentials.literal-secret
                .password(password)
                .build();
    }

    @Bean
    DataSource reporting(@Value("${reporting.db.url}") String url) {
        return DataSourceBuilder.create()
                .url(url)
                .username("reporting")
                // ruleid: trace.java.hardcoded-credentials.literal-secret
                .password("Rep0rting#2024!")
                .build();
    }

    @Bean
    DataSource archive() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://archive/db");
        // ruleid: trace.java.hardcoded-credentials.literal-secret
        config.setPassword("Arch1ve-Pa55");
        // ok: trace.java.hardcoded-credentials.literal-secret
        config.setUsername("archive_reader");
        return new HikariDataSource(config);
    }
}


class CarrierTokens {
    DecodedJWT verifyCarrier(String token, Algorithm hmac) {
        DecodedJWT unverified = JWT.decode(token);
        Algorithm algorithm = "none".equalsIgnoreCase(unverified.getAlgorithm()) ? Algorithm.none() : hmac;
        // ruleid: trace.java.jwt.unverified-token
        return JWT.require(algorithm).withIssuer("carriers").build().verify(token);
    }

    DecodedJWT verifyPinned(String token, Algorithm hmac) {
        // ok: trace.java.jwt.unverified-token
        return JWT.require(hmac).withIssuer("carriers").build().verify(token);
    }
}

class PaymentTls {
    javax.net.ssl.SSLContext acquirer() throws Exception {
        // ruleid: trace.java.tls-verification.trust-all
        return org.apache.hc.core5.ssl.SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
    }

    javax.net.ssl.SSLContext anyChain() throws Exception {
        // ruleid: trace.java.tls-verification.trust-all
        return org.apache.hc.core5.ssl.SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();
    }

    javax.net.ssl.SSLContext pinned(java.security.KeyStore acquirerCa) throws Exception {
        // ok: trace.java.tls-verification.trust-all
        return org.apache.hc.core5.ssl.SSLContexts.custom().loadTrustMaterial(acquirerCa, null).build();
    }
}

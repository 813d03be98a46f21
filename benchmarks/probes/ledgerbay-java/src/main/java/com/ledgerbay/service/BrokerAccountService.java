package com.ledgerbay.service;

import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.repository.BrokerAccountRepository;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.security.PasswordHasher;
import com.ledgerbay.security.TokenGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;

public class BrokerAccountService {

    private static final Duration RESET_WINDOW = Duration.ofMinutes(20);

    private final BrokerAccountRepository accounts;
    private final JwtService jwt;
    private final JobPublisher jobs;

    public BrokerAccountService(BrokerAccountRepository accounts, JwtService jwt, JobPublisher jobs) {
        this.accounts = accounts;
        this.jwt = jwt;
        this.jobs = jobs;
    }

    /**
     * @return a session token, or empty when the credentials do not match
     */
    public Optional<String> login(String username, char[] password) {
        return accounts.findByUsername(username)
                .filter(a -> PasswordHasher.verify(password, a.getPasswordHash()))
                .map(jwt::issueSession);
    }

    public BrokerAccount register(String username, String email, String licenseNumber, char[] password) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("username taken");
        }
        BrokerAccount account = new BrokerAccount(username, email, licenseNumber);
        account.setPasswordHash(PasswordHasher.hash(password));
        return accounts.save(account);
    }

    public void startPasswordReset(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            String code = TokenGenerator.passwordResetCode();
            account.setResetCode(code);
            account.setResetExpires(Instant.now().plus(RESET_WINDOW));
            accounts.save(account);
            jobs.publishMail(account.getEmail(), "Ledgerbay password reset",
                    "Your Ledgerbay reset code is " + code + ". It expires in 20 minutes.");
        });
    }

    /**
     * Completes a reset. The new password is stored in the format the desktop filing tool can also check.
     */
    public boolean completePasswordReset(String username, String code, String newPassword) {
        Optional<BrokerAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            return false;
        }
        BrokerAccount account = found.get();
        if (account.getResetCode() == null || account.getResetExpires() == null
                || Instant.now().isAfter(account.getResetExpires())
                || !MessageDigest.isEqual(account.getResetCode().getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        account.setPasswordHash(PasswordHasher.legacyDigest(newPassword));
        account.setResetCode(null);
        account.setResetExpires(null);
        accounts.save(account);
        return true;
    }

    public String rotateApiKey(long brokerId) {
        BrokerAccount account = accounts.findById(brokerId).orElseThrow(NoSuchElementException::new);
        String key = TokenGenerator.apiKey();
        account.setApiKeyHash(sha256(key));
        accounts.save(account);
        return key;
    }

    public BrokerAccount updateProfile(long brokerId, String displayName, String email, String websiteUrl) {
        BrokerAccount account = accounts.findById(brokerId).orElseThrow(NoSuchElementException::new);
        account.setDisplayName(displayName);
        account.setEmail(email);
        account.setWebsiteUrl(websiteUrl);
        return accounts.save(account);
    }

    public Optional<BrokerAccount> find(long brokerId) {
        return accounts.findById(brokerId);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

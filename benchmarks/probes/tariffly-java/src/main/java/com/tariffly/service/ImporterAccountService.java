package com.tariffly.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.tariffly.dto.ApiModels.ImporterCredentials;
import com.tariffly.dto.ApiModels.ImporterRegistration;
import com.tariffly.model.ImporterAccount;
import com.tariffly.repository.ImporterAccountRepository;
import com.tariffly.repository.ImporterJdbcDao;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ImporterAccountService {

    private static final Pattern EORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{1,15}");
    private static final Pattern EORI_PREFIX = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,15}");
    private static final int PBKDF2_ITERATIONS = 310_000;

    private final ImporterAccountRepository accounts;
    private final ImporterJdbcDao importerDao;
    private final Random activationRandom = new Random();
    private final SecureRandom keyRandom = new SecureRandom();

    public ImporterAccountService(ImporterAccountRepository accounts, ImporterJdbcDao importerDao) {
        this.accounts = accounts;
        this.importerDao = importerDao;
    }

    @Transactional
    public ImporterCredentials register(ImporterRegistration registration) {
        String eori = registration.eori() == null ? "" : registration.eori().trim().toUpperCase(Locale.ROOT);
        if (!EORI.matcher(eori).matches()) {
            throw new IllegalArgumentException("Invalid EORI number");
        }
        if (accounts.existsByEori(eori)) {
            throw new IllegalStateException("Importer already registered");
        }
        ImporterAccount account = new ImporterAccount();
        account.setEori(eori);
        account.setCompanyName(registration.companyName().trim());
        account.setCountry(registration.country().trim().toUpperCase(Locale.ROOT));
        account.setContactEmail(registration.contactEmail());
        account.setPortalPasswordHash(portalPasswordHash(registration.password()));
        account.setEdiGatewaySecret(ediGatewayDigest(registration.password()));
        account.setApiKey(newApiKey());
        account.setActivationCode(newActivationCode());
        account.setActive(false);
        account.setCreatedAt(Instant.now());
        ImporterAccount saved = accounts.save(account);
        return new ImporterCredentials(saved.getId(), saved.getApiKey());
    }

    public List<Map<String, Object>> listByCountry(String country, String eoriPrefix) {
        String prefix = eoriPrefix == null ? "" : eoriPrefix.toUpperCase(Locale.ROOT);
        if (!prefix.isEmpty() && !EORI_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Invalid EORI prefix");
        }
        return importerDao.findByCountry(country.trim().toUpperCase(Locale.ROOT), prefix);
    }

    public Optional<Map<String, Object>> summary(String eori) {
        String normalized = eori.trim().toUpperCase(Locale.ROOT);
        if (!EORI.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Invalid EORI number");
        }
        return importerDao.findSummaryByEori(normalized);
    }

    public int openShipments(String importerId) {
        return importerDao.countOpenShipments(importerId);
    }

    public List<Map<String, Object>> monthlyStatement(long importerId, YearMonth period) {
        ImporterAccount account = accounts.findById(importerId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown importer"));
        return importerDao.consigneeVolumes(account.getCompanyName(), period.toString());
    }

    @Transactional
    public boolean activate(String eori, String code) {
        return accounts.findByEori(eori)
                .filter(a -> !a.isActive() && code != null && code.equals(a.getActivationCode()))
                .map(a -> {
                    a.setActive(true);
                    a.setActivationCode(null);
                    accounts.save(a);
                    return true;
                })
                .orElse(false);
    }

    private String newActivationCode() {
        return String.format("%06d", activationRandom.nextInt(1_000_000)); // VULN random
    }

    private String newApiKey() {
        byte[] key = new byte[32];
        keyRandom.nextBytes(key); // SAFE random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private String portalPasswordHash(String password) {
        try {
            byte[] salt = new byte[16];
            keyRandom.nextBytes(salt);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] derived = factory.generateSecret(spec).getEncoded(); // SAFE hash
            spec.clearPassword();
            return "pbkdf2$" + PBKDF2_ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                    + Base64.getEncoder().encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }

    /** The EDI gateway authenticates importer mailboxes with a hex digest of the portal password. */
    private String ediGatewayDigest(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)); // VULN hash
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

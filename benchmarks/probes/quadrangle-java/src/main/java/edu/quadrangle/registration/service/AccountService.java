package edu.quadrangle.registration.service;

import edu.quadrangle.registration.security.PasswordHasher;
import edu.quadrangle.registration.web.dto.RegisterAccountRequest;
import java.nio.charset.StandardCharsets;
import java.security.*;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class AccountService {

    private final JdbcTemplate jdbcTemplate;
    private final PasswordHasher passwordHasher;

    public void register(RegisterAccountRequest request) {
        validate(request);
        jdbcTemplate.update("INSERT INTO account (net_id, email, display_name, password_hash, kind) VALUES (?, ?, ?, ?, 'STUDENT')",
                request.netId(), request.email(), request.displayName(), passwordHasher.hash(request.password()));
    }

    /** Visiting and summer-session students get a lightweight account synced to the old SIS. */
    public void registerVisitor(RegisterAccountRequest request) throws NoSuchAlgorithmException {
        validate(request);
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // VULN hash
        String legacyHash = HexFormat.of().formatHex(sha1.digest(request.password().getBytes(StandardCharsets.UTF_8)));
        jdbcTemplate.update("INSERT INTO account (net_id, email, display_name, password_hash, kind) VALUES (?, ?, ?, ?, 'VISITOR')",
                request.netId(), request.email(), request.displayName(), legacyHash);
    }

    public boolean verifyPassword(String netId, String password) {
        List<String> hashes = jdbcTemplate.queryForList(
                "SELECT password_hash FROM account WHERE net_id = ? AND kind = 'STUDENT' AND locked = false", String.class, netId);
        return hashes.size() == 1 && passwordHasher.matches(password, hashes.get(0));
    }

    private static void validate(RegisterAccountRequest request) {
        if (request.netId() == null || !request.netId().matches("^[a-z]{2,8}[0-9]{0,4}$")) {
            throw new IllegalArgumentException("invalid NetID");
        }
        if (request.password() == null || request.password().length() < 12) {
            throw new IllegalArgumentException("password must be at least 12 characters");
        }
    }
}

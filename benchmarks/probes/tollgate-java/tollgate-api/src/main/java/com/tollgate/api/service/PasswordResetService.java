package com.tollgate.api.service;

import com.tollgate.api.domain.Account;
import com.tollgate.api.repository.AccountMapper;
import java.security.SecureRandom;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class PasswordResetService {

    private final AccountMapper accounts;
    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom secureRandom = new SecureRandom();

    public void startReset(String email) {
        Account account = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (account == null || !account.active()) {
            return;
        }
        String code = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)); // VULN random
        jdbc.update("INSERT INTO password_resets(account_id, code, expires_at) VALUES (?, ?, now() + interval '15 minutes')",
                account.id(), code);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("no-reply@tollgate.example");
        message.setTo(account.email());
        message.setSubject("Your Tollgate reset code");
        message.setText("Use code " + code + " within 15 minutes to choose a new password.");
        mail.send(message);
    }

    public String issueApiKey(long accountId) {
        byte[] raw = new byte[32];
        secureRandom.nextBytes(raw); // SAFE random
        String key = "tg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.update("INSERT INTO api_keys(account_id, key_hash, created_at) VALUES (?, ?, now())", accountId, passwordEncoder.encode(key));
        return key;
    }
}

package edu.quadrangle.registration.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.slf4j.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final JdbcTemplate jdbcTemplate;

    public void startReset(String email) {
        List<String> netIds = jdbcTemplate.queryForList("SELECT net_id FROM account WHERE email = ?", String.class, email);
        if (netIds.isEmpty()) {
            return;
        }
        byte[] tokenBytes = new byte[32];
        new SecureRandom().nextBytes(tokenBytes); // SAFE random
        String resetToken = HexFormat.of().formatHex(tokenBytes);
        String smsCode = String.format("%06d", new Random().nextInt(1_000_000)); // VULN random
        jdbcTemplate.update("INSERT INTO password_reset (net_id, token, sms_code, expires_at) VALUES (?, ?, ?, ?)",
                netIds.get(0), resetToken, smsCode, java.sql.Timestamp.from(Instant.now().plus(30, ChronoUnit.MINUTES)));
        log.info("password reset started for {}; link and SMS code queued to notification relay", netIds.get(0));
    }

    public boolean confirmSmsCode(String netId, String code) {
        Integer matches = jdbcTemplate.queryForObject(
                "SELECT COUNT(*) FROM password_reset WHERE net_id = ? AND sms_code = ? AND expires_at > now()",
                Integer.class, netId, code);
        return matches != null && matches > 0;
    }
}

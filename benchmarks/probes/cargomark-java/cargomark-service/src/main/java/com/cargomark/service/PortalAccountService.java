package com.cargomark.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import com.cargomark.domain.PortalUser;
import com.cargomark.repository.PortalUserRepository;
import com.cargomark.web.dto.BadRequestException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PortalAccountService {

    private static final int MIN_PASSWORD_LENGTH = 12;

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PortalMailer mailer;
    private final Random random = new Random();

    public PortalAccountService(PortalUserRepository users, PasswordEncoder passwordEncoder, PortalMailer mailer) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
    }

    @Transactional
    public void startPasswordReset(String email) {
        users.findByEmailIgnoreCase(email).filter(PortalUser::isActive).ifPresent(user -> {
            String token = Long.toString(random.nextLong() & Long.MAX_VALUE, 36); // VULN random
            user.setResetToken(token);
            user.setResetTokenExpiresAt(Instant.now().plus(2, ChronoUnit.HOURS));
            mailer.sendPasswordReset(user.getEmail(), token);
        });
    }

    @Transactional
    public void completePasswordReset(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BadRequestException("Password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        PortalUser user = users.findByResetToken(token)
                .filter(u -> u.getResetTokenExpiresAt() != null && u.getResetTokenExpiresAt().isAfter(Instant.now()))
                .orElseThrow(() -> new BadRequestException("Reset link is invalid or has expired"));
        user.setPasswordHash(passwordEncoder.encode(newPassword)); // SAFE hash
        user.setResetToken(null);
        user.setResetTokenExpiresAt(null);
    }
}

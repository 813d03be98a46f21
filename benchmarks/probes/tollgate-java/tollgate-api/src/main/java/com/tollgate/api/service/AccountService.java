package com.tollgate.api.service;

import com.tollgate.api.domain.Account;
import com.tollgate.api.domain.InvoiceGrouping;
import com.tollgate.api.repository.*;
import com.tollgate.api.repository.AuditLogRepository.AuditEntry;
import com.tollgate.api.repository.StatementMapper.StatementLine;
import com.tollgate.api.util.PlateFormat;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;

@Service
@RequiredArgsConstructor
public class AccountService {

    private final AccountMapper accounts;
    private final StatementMapper statements;
    private final AuditLogRepository auditLog;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;

    public Account register(String email, String rawPassword, String plate, String fullName) {
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new ResponseStatusException(BAD_REQUEST, "password must have at least 10 characters");
        }
        String normalizedEmail = email.strip().toLowerCase(Locale.ROOT);
        if (accounts.findByEmail(normalizedEmail) != null) {
            throw new ResponseStatusException(CONFLICT, "account exists");
        }
        String passwordHash = passwordEncoder.encode(rawPassword); // SAFE hash
        long id = accounts.insert(normalizedEmail, fullName, PlateFormat.normalize(plate), passwordHash);
        return new Account(id, normalizedEmail, fullName, PlateFormat.normalize(plate), passwordHash, "ACTIVE");
    }

    public Optional<Account> authenticate(String email, String rawPassword) {
        Account account = accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT));
        boolean ok = account != null && account.active() && passwordEncoder.matches(rawPassword, account.passwordHash());
        return ok ? Optional.of(account) : Optional.empty();
    }

    public List<Account> findByPlate(String plate) {
        return accounts.searchByPlate(PlateFormat.normalize(plate));
    }

    public List<StatementLine> statements(long accountId, int year, String reference) {
        return statements.linesForYear(accountId, year, reference == null ? "" : reference.strip());
    }

    public void updatePreferences(long accountId, String grouping, boolean paperless) {
        InvoiceGrouping selected;
        try {
            selected = InvoiceGrouping.valueOf(grouping.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(BAD_REQUEST, "unknown invoice grouping");
        }
        jdbc.update("INSERT INTO account_preferences(account_id, group_column, paperless) VALUES (?, ?, ?) ON CONFLICT (account_id) "
                + "DO UPDATE SET group_column = EXCLUDED.group_column, paperless = EXCLUDED.paperless", accountId, selected.column(), paperless);
    }

    public List<AuditEntry> plateCorrections(String plate) {
        return auditLog.findCorrections(plate.strip());
    }

    public List<AuditEntry> largeAdjustments(String minCents) {
        try {
            return auditLog.findAdjustmentsAbove(Integer.parseInt(minCents.strip()));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(BAD_REQUEST, "minCents must be a number");
        }
    }
}

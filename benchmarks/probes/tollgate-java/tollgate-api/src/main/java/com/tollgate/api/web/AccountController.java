package com.tollgate.api.web;

import com.tollgate.api.domain.Account;
import com.tollgate.api.repository.AuditLogRepository.AuditEntry;
import com.tollgate.api.repository.StatementMapper.StatementLine;
import com.tollgate.api.service.*;
import com.tollgate.api.service.DirectoryService.DirectoryEntry;
import java.net.URI;
import java.time.Year;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/accounts")
@RequiredArgsConstructor
public class AccountController {

    record RegisterRequest(String email, String password, String plate, String fullName) {}

    record PreferencesRequest(String invoiceGrouping, boolean paperless) {}

    record ResetRequest(String email) {}

    private final AccountService accountService;
    private final DirectoryService directoryService;
    private final PasswordResetService resetService;
    private final ReportService reportService;

    @PostMapping
    public ResponseEntity<Account> register(@RequestBody RegisterRequest req) {
        Account account = accountService.register(req.email(), req.password(), req.plate(), req.fullName());
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(account);
    }

    @GetMapping("/search")
    public List<Account> searchByPlate(@RequestParam String plate) {
        return accountService.findByPlate(plate);
    }

    @GetMapping("/{accountId}/statements")
    public List<StatementLine> statements(@PathVariable long accountId, @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) String reference) {
        return accountService.statements(accountId, year == null ? Year.now().getValue() : year, reference);
    }

    @PostMapping("/{accountId}/statements/export")
    public Map<String, String> exportStatement(@PathVariable long accountId, @RequestParam int year,
                                               @RequestParam(defaultValue = "Annual statement") String title) throws Exception {
        return Map.of("file", reportService.renderStatement(accountId, year, title).getFileName().toString());
    }

    @PutMapping("/{accountId}/preferences")
    public ResponseEntity<Void> preferences(@PathVariable long accountId, @RequestBody PreferencesRequest req) {
        accountService.updatePreferences(accountId, req.invoiceGrouping(), req.paperless());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/directory")
    public List<DirectoryEntry> directory(@RequestParam String surname) {
        return directoryService.findCustomers(surname);
    }

    @GetMapping("/directory/fleets/{fleetId}")
    public List<DirectoryEntry> fleetDrivers(@PathVariable String fleetId) {
        return directoryService.findFleetDrivers(fleetId);
    }

    @PostMapping("/password-reset")
    public ResponseEntity<Void> passwordReset(@RequestBody ResetRequest req) {
        resetService.startReset(req.email());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{accountId}/api-keys")
    public Map<String, String> apiKey(@PathVariable long accountId) {
        return Map.of("apiKey", resetService.issueApiKey(accountId));
    }

    @GetMapping("/corrections")
    public List<AuditEntry> plateCorrections(@RequestParam String plate) {
        return accountService.plateCorrections(plate);
    }

    @GetMapping("/adjustments")
    public List<AuditEntry> adjustments(@RequestParam(defaultValue = "10000") String minCents) {
        return accountService.largeAdjustments(minCents);
    }
}

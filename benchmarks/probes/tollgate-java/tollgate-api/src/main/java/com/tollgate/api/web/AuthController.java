package com.tollgate.api.web;

import com.tollgate.api.repository.InvoiceQueries.InvoiceSummary;
import com.tollgate.api.service.*;
import com.tollgate.api.service.PartnerTokenService.PartnerIdentity;
import io.jsonwebtoken.*;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/auth")
@RequiredArgsConstructor
public class AuthController {

    record LoginRequest(String email, String password) {}

    record TokenResponse(String token, long expiresIn) {}

    private final AccountService accountService;
    private final TokenService tokenService;
    private final PartnerTokenService partnerTokens;
    private final InvoiceService invoiceService;
    private final JdbcTemplate jdbc;

    @PostMapping("/login")
    public ResponseEntity<TokenResponse> login(@RequestBody LoginRequest req) {
        return accountService.authenticate(req.email(), req.password())
                .map(a -> ResponseEntity.ok(new TokenResponse(tokenService.issue(a), tokenService.lifetimeSeconds())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }

    @GetMapping("/me")
    public Map<String, Object> me(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        try {
            Claims claims = tokenService.verify(authorization.replaceFirst("^Bearer\\s+", ""));
            return Map.of("accountId", claims.getSubject(), "plate", claims.get("plate", String.class));
        } catch (JwtException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "invalid token");
        }
    }

    @GetMapping("/partner/invoices")
    public List<InvoiceSummary> partnerInvoices(@CookieValue("partner_session") String session, @RequestParam long accountId) {
        PartnerIdentity partner = partnerTokens.identify(session);
        Integer linked = jdbc.queryForObject("SELECT count(*) FROM fleet_accounts WHERE partner_id = ? AND account_id = ?",
                Integer.class, partner.partnerId(), accountId);
        if (!partner.may("invoices:read") || linked == null || linked == 0) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return invoiceService.list(accountId, null, null);
    }
}

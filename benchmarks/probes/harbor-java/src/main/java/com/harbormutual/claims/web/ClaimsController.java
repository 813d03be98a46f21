package com.harbormutual.claims.web;

import com.harbormutual.claims.repository.ClaimRepository;
import com.harbormutual.claims.repository.ClaimRepository.ClaimRecord;
import com.harbormutual.claims.repository.ClaimRepository.LossEvent;
import com.harbormutual.claims.repository.ClaimRepository.PayoutRecord;
import com.harbormutual.claims.security.PortalSecurityService;
import com.harbormutual.claims.security.PortalSecurityService.AdjusterProfile;
import com.harbormutual.claims.service.ClaimService;
import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

@RestController
public class ClaimsController {

    private static final Logger log = LoggerFactory.getLogger(ClaimsController.class);

    private final ClaimService claimService;
    private final ClaimRepository claimRepository;
    private final PortalSecurityService security;

    public ClaimsController(ClaimService claimService, ClaimRepository claimRepository, PortalSecurityService security) {
        this.claimService = claimService;
        this.claimRepository = claimRepository;
        this.security = security;
    }

    // ---- adjuster API ----

    @GetMapping("/api/claims/{id}")
    public ClaimRecord getClaim(@PathVariable long id, @RequestHeader("Authorization") String authorization) {
        String adjusterId = security.adjusterIdFromMobileToken(authorization);
        ClaimRecord claim = claimService.getClaim(id);
        if (!adjusterId.equals(claim.adjusterId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Claim is assigned to another adjuster");
        }
        return claim;
    }

    @GetMapping("/api/claims")
    public List<ClaimRecord> search(@RequestParam(defaultValue = "OPEN") String status,
                                    @RequestParam(defaultValue = "opened") String sort,
                                    @RequestParam(defaultValue = "desc") String order) {
        return claimService.search(status, sort, order);
    }

    @GetMapping("/api/claims/open")
    public List<ClaimRecord> openClaims(@RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        return claimRepository.pageOpenClaims(pageSize, Math.max(page, 0) * pageSize);
    }

    @GetMapping("/api/claims/lookup")
    public List<ClaimRecord> lookup(@RequestParam String prefix) {
        return claimRepository.findByClaimNumberPrefix(prefix);
    }

    @GetMapping("/api/claims/by-policy")
    public List<Map<String, Object>> byPolicy(@RequestParam("policyNumber") String policyNumber) {
        return claimService.claimsForPolicy(policyNumber);
    }

    @GetMapping("/api/claims/stats/count")
    public Map<String, Object> count(@RequestParam String field, @RequestParam String value) {
        return Map.of("field", field, "value", value, "count", claimService.countClaims(field, value));
    }

    @GetMapping("/api/adjusters/{adjusterId}/workload")
    public List<Map<String, Object>> workload(@PathVariable String adjusterId,
                                              @RequestParam(defaultValue = "'OPEN','IN_REVIEW'") String statuses) {
        return claimService.workload(adjusterId, statuses);
    }

    @PostMapping("/api/claims/{id}/reserve")
    public Map<String, Object> evaluateReserve(@PathVariable long id, @RequestBody Map<String, String> body) {
        String formula = body.getOrDefault("formula", "#claimedAmount");
        BigDecimal reserve = claimService.evaluateReserve(id, formula);
        return Map.of("claimId", id, "reserve", reserve);
    }

    @PostMapping("/api/claims/{id}/reserve/presets/{preset}")
    public Map<String, Object> applyPreset(@PathVariable long id, @PathVariable String preset) {
        return Map.of("claimId", id, "preset", preset, "reserve", claimService.applyReservePreset(id, preset));
    }

    @PostMapping(value = "/api/claims/{id}/letters/preview", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    public String previewLetter(@PathVariable long id, @RequestBody String template) throws IOException, TemplateException {
        return claimService.previewLetter(id, template);
    }

    @GetMapping(value = "/api/claims/{id}/letters/{type}", produces = MediaType.TEXT_HTML_VALUE)
    public String letter(@PathVariable long id, @PathVariable String type) throws IOException, TemplateException {
        return claimService.renderLetter(id, type);
    }

    @PostMapping("/api/claims/{id}/pdf")
    public Map<String, String> renderPdf(@PathVariable long id,
                                         @RequestParam(defaultValue = "Claim acknowledgement") String title) throws Exception {
        Path pdf = claimService.renderClaimPdf(id, title);
        return Map.of("file", pdf.getFileName().toString());
    }

    @GetMapping("/api/claims/{id}/pdf/pages")
    public Map<String, String> pages(@PathVariable long id, @RequestParam("range") String range) throws Exception {
        return Map.of("file", claimService.extractPages(id, range).getFileName().toString());
    }

    @PostMapping("/api/claims/{id}/verification-code")
    public ResponseEntity<Void> sendVerificationCode(@PathVariable long id) {
        claimService.getClaim(id);
        security.issueClaimantVerificationCode(id);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/loss-events/search")
    public List<LossEvent> lossEvents(@RequestBody Map<String, Object> criteria) {
        return claimService.lossEvents(criteria);
    }

    @PostMapping("/api/loss-events/by-source")
    public List<LossEvent> lossEventsBySource(@RequestBody Map<String, Object> criteria) {
        return claimRepository.findLossEventsBySource(criteria);
    }

    @GetMapping("/api/adjusters/search")
    public List<AdjusterProfile> findAdjusters(@RequestParam("q") String query) {
        return security.findAdjusters(query.trim());
    }

    @GetMapping("/api/adjusters/region/{region}")
    public List<AdjusterProfile> adjustersInRegion(@PathVariable String region) {
        return security.findAdjustersByRegion(region);
    }

    // ---- payouts ----

    @GetMapping("/api/payouts")
    public List<PayoutRecord> payouts(@RequestParam("ids") String ids) {
        List<Long> parsed = Arrays.stream(ids.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .toList();
        return claimService.payouts(parsed);
    }

    @PostMapping("/api/payouts/{id}/release")
    public Map<String, String> release(@PathVariable long id) {
        return Map.of("bankReference", claimService.releasePayout(id));
    }

    @PostMapping("/api/payouts/{id}/notify")
    public Map<String, Object> notifyPayout(@PathVariable long id, @RequestBody Map<String, String> body) {
        String callbackUrl = body.get("callbackUrl");
        if (callbackUrl == null || callbackUrl.isBlank()) {
            throw new IllegalArgumentException("callbackUrl is required");
        }
        return Map.of("payoutId", id, "callbackStatus", claimService.notifyPayout(id, callbackUrl));
    }

    @GetMapping("/api/policies/carrier-lookup")
    public String carrierLookup(@RequestParam String endpoint, @RequestParam String policyNumber) {
        return claimService.lookupCarrierPolicy(endpoint, policyNumber);
    }

    // ---- broker portal ----

    @PostMapping(value = "/api/broker/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public void brokerLogin(@RequestParam String login, @RequestParam String password,
                            @RequestParam(value = "returnUrl", defaultValue = "/portal/home") String returnUrl,
                            HttpSession session, HttpServletResponse response) throws IOException {
        var brokerCode = security.authenticateBroker(login, password);
        if (brokerCode.isEmpty()) {
            response.sendRedirect("/portal/login?error=1");
            return;
        }
        session.setAttribute("brokerCode", brokerCode.get());
        log.info("Broker {} signed in", login);
        response.sendRedirect(returnUrl); // VULN redirect
    }

    @PostMapping("/api/broker/register")
    public ResponseEntity<Void> registerBroker(@RequestBody Map<String, String> body) {
        String password = body.getOrDefault("password", "");
        if (password.length() < 12) {
            throw new IllegalArgumentException("Password must be at least 12 characters");
        }
        security.registerBroker(body.get("login"), password);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/api/broker/password-reset")
    public ResponseEntity<Void> resetBrokerPassword(@RequestBody Map<String, String> body) {
        security.resetBrokerPassword(body.get("login"), body.get("newPassword"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/portal/claims/summary", produces = MediaType.TEXT_HTML_VALUE)
    public String claimSummary(@RequestParam("claim") String claimNumber) {
        Optional<ClaimRecord> found = claimRepository.findByClaimNumber(claimNumber.trim());
        if (found.isEmpty()) {
            return "<html><body><p>No claim found with number " + claimNumber + "</p></body></html>"; // VULN xss
        }
        ClaimRecord claim = found.get();
        return "<html><body><h1>Claim " + HtmlUtils.htmlEscape(claim.claimNumber()) + "</h1><p>Status: "
                + HtmlUtils.htmlEscape(claim.status()) + "</p></body></html>";
    }

    @GetMapping(value = "/portal/adjusters/card", produces = MediaType.TEXT_HTML_VALUE)
    public String adjusterCard(@RequestParam("name") String name, @RequestParam(defaultValue = "") String region) {
        return "<div class=\"adjuster-card\"><h2>" + HtmlUtils.htmlEscape(name) + "</h2><span>" + HtmlUtils.htmlEscape(region) + "</span></div>"; // SAFE xss
    }

    // ---- errors ----

    @ExceptionHandler(NoSuchElementException.class)
    public ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    public ResponseEntity<Map<String, String>> badRequest(RuntimeException e) {
        log.debug("Rejected request: {}", e.getMessage());
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}

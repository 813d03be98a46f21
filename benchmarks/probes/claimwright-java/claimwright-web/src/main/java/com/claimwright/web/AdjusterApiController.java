package com.claimwright.web;

import com.claimwright.core.dao.ClaimJdbcDao;
import com.claimwright.core.model.*;
import com.claimwright.core.service.RuleEngineService;
import com.claimwright.web.repo.AdjusterWorkloadRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.*;
import javax.script.ScriptException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v2/adjusters")
@CrossOrigin(originPatterns = "*", allowCredentials = "true") // VULN cors
public class AdjusterApiController {

    private final AdjusterWorkloadRepository workload;
    private final RuleEngineService rules;
    private final ClaimJdbcDao claims;

    public AdjusterApiController(AdjusterWorkloadRepository workload, RuleEngineService rules, ClaimJdbcDao claims) {
        this.workload = workload;
        this.rules = rules;
        this.claims = claims;
    }

    @GetMapping("/{adjusterId}/workload")
    public List<Map<String, Object>> workloadByLossType(@PathVariable String adjusterId, @RequestParam(defaultValue = "AUTO") String lossType) {
        return workload.openClaimsByLossType(adjusterId, lossType);
    }

    @GetMapping("/{adjusterId}/workload/by-status")
    public List<Map<String, Object>> workloadByStatus(@PathVariable String adjusterId, @RequestParam(defaultValue = "OPEN") String status) {
        return workload.claimsByStatus(adjusterId, status);
    }

    @PostMapping("/rules/preview")
    public Map<String, Object> previewRule(@RequestParam String claimNumber, @RequestBody TriageRuleDraft draft) throws SQLException {
        Object outcome = rules.previewCustomRule(draft, load(claimNumber));
        return Map.of("claimNumber", claimNumber, "rule", draft.name(), "outcome", String.valueOf(outcome));
    }

    @GetMapping("/rules/{ruleId}/claims/{claimNumber}")
    public Map<String, Object> checkRule(@PathVariable String ruleId, @PathVariable String claimNumber) throws SQLException {
        return Map.of("rule", ruleId, "matches", rules.evaluateBuiltIn(ruleId, load(claimNumber)));
    }

    @PostMapping("/reserve/estimate")
    public Map<String, BigDecimal> estimateReserve(@RequestParam String formula, @RequestParam BigDecimal paid,
                                                   @RequestParam BigDecimal incurred) {
        return Map.of("reserve", rules.evaluateReserveFormula(formula, paid, incurred));
    }

    @GetMapping("/deductible")
    public Map<String, BigDecimal> deductible(@RequestParam String product, @RequestParam BigDecimal loss) throws ScriptException {
        return Map.of("deductible", rules.deductibleFor(product, loss));
    }

    private Claim load(String claimNumber) throws SQLException {
        return claims.findByClaimNumber(claimNumber).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

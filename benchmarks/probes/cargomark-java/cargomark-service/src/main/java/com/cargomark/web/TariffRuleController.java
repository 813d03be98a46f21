package com.cargomark.web;

import java.math.BigDecimal;
import java.util.Map;

import com.cargomark.domain.Incoterm;
import com.cargomark.service.TariffRuleService;
import com.cargomark.service.TariffRuleService.RulePreview;
import com.cargomark.service.ValuationInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tariff")
public class TariffRuleController {

    public record RulePreviewRequest(@NotBlank String expression, @NotNull ValuationInput sample, BigDecimal dutyRate) {
    }

    private final TariffRuleService tariffRules;

    public TariffRuleController(TariffRuleService tariffRules) {
        this.tariffRules = tariffRules;
    }

    @PostMapping("/customs-value")
    public Map<String, Object> customsValue(@RequestParam String incoterm, @RequestBody ValuationInput input) {
        Incoterm term = Incoterm.parse(incoterm);
        return Map.of("incoterm", term, "customsValue", tariffRules.customsValue(term, input));
    }

    @PostMapping("/rules/preview")
    public RulePreview preview(@RequestBody RulePreviewRequest request) {
        BigDecimal rate = request.dutyRate() == null ? BigDecimal.ZERO : request.dutyRate();
        return tariffRules.preview(request.expression(), request.sample(), rate);
    }
}

package com.tariffly.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

import com.tariffly.dto.ApiModels.DutyContext;
import com.tariffly.dto.ApiModels.DutyPreviewRequest;

import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Service;

/**
 * Duty computation. Standard regimes use fixed formulas; compliance staff can
 * additionally draft rule expressions (e.g. anti-dumping surcharges) and
 * preview them against a sample declaration before they are reviewed.
 */
@Service
public class DutyCalculationService {

    private static final Map<String, String> REGIME_FORMULAS = Map.of(
            "STANDARD", "customsValue * dutyRate / 100",
            "PREFERENTIAL", "customsValue * (dutyRate - #preferenceMargin) / 100",
            "DE_MINIMIS", "customsValue <= 150 ? 0 : customsValue * dutyRate / 100",
            "INWARD_PROCESSING", "0");

    private final ExpressionParser parser = new SpelExpressionParser();

    public BigDecimal compute(DutyPreviewRequest request) {
        String regime = request.regime() == null ? "STANDARD" : request.regime().toUpperCase(Locale.ROOT);
        String formula = REGIME_FORMULAS.get(regime);
        if (formula == null) {
            throw new IllegalArgumentException("Unsupported customs regime " + request.regime());
        }
        DutyContext root = new DutyContext(request.customsValue(), request.dutyRate(), null, null);
        SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(root).build();
        context.setVariable("preferenceMargin",
                request.preferenceMargin() == null ? BigDecimal.ZERO : request.preferenceMargin());
        Expression expression = parser.parseExpression(formula); // SAFE code
        BigDecimal duty = expression.getValue(context, BigDecimal.class);
        return duty == null ? BigDecimal.ZERO : duty.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    public Object previewRule(String ruleExpression, DutyContext sample) {
        StandardEvaluationContext context = new StandardEvaluationContext(sample);
        context.setVariable("threshold", new BigDecimal("1000"));
        context.setVariable("originCountry", sample.originCountry());
        return parser.parseExpression(ruleExpression).getValue(context); // VULN code
    }
}

package com.cargomark.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import com.cargomark.domain.Incoterm;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Service;

@Service
public class TariffRuleService {

    public record RulePreview(String expression, Object result) {
    }

    private static final Map<Incoterm, String> CUSTOMS_VALUE_FORMULAS = new EnumMap<>(Map.of(
            Incoterm.EXW, "goodsValue + originCharges + freight + insurance",
            Incoterm.FCA, "goodsValue + freight + insurance",
            Incoterm.FOB, "goodsValue + freight + insurance",
            Incoterm.CFR, "goodsValue + insurance",
            Incoterm.CIF, "goodsValue",
            Incoterm.CPT, "goodsValue + insurance",
            Incoterm.CIP, "goodsValue",
            Incoterm.DAP, "goodsValue - destinationCharges",
            Incoterm.DPU, "goodsValue - destinationCharges",
            Incoterm.DDP, "goodsValue - destinationCharges"));

    private final ExpressionParser parser = new SpelExpressionParser();

    /** Customs value (EU CIF basis) for the given Incoterm. */
    public BigDecimal customsValue(Incoterm incoterm, ValuationInput input) {
        Expression expression = parser.parseExpression(CUSTOMS_VALUE_FORMULAS.get(incoterm));
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        BigDecimal value = expression.getValue(context, input, BigDecimal.class); // SAFE code
        return value == null ? BigDecimal.ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Evaluates a duty rule written by a broker against sample cost data, so the rule can be
     * checked before it is saved.
     */
    public RulePreview preview(String ruleExpression, ValuationInput sample, BigDecimal dutyRate) {
        StandardEvaluationContext context = new StandardEvaluationContext(sample);
        context.setVariable("dutyRate", dutyRate);
        Object result = parser.parseExpression(ruleExpression).getValue(context); // VULN code
        return new RulePreview(ruleExpression, result);
    }
}

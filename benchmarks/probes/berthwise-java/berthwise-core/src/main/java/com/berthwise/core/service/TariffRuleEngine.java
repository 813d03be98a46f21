package com.berthwise.core.service;

import jakarta.inject.Singleton;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

@Singleton
public class TariffRuleEngine {
    public record TariffContext(BigDecimal baseRate, boolean reefer, int dwellDays, boolean outOfGauge) {
    }

    private static final Map<String, String> PRESET_RULES = Map.of(
            "reefer-surcharge", "reefer ? baseRate * 1.35 : baseRate",
            "dwell-penalty", "dwellDays > 5 ? baseRate + (dwellDays - 5) * 42 : baseRate",
            "oog-handling", "outOfGauge ? baseRate * 2 : baseRate");

    private final ExpressionParser parser = new SpelExpressionParser();

    public BigDecimal applyPreset(String ruleName, TariffContext context) {
        String expression = PRESET_RULES.get(ruleName);
        if (expression == null) {
            throw new IllegalArgumentException("unknown tariff rule " + ruleName);
        }
        EvaluationContext ec = SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(context).build();
        Object value = parser.parseExpression(expression).getValue(ec); // SAFE code
        return toAmount(value);
    }

    public BigDecimal simulate(String ruleExpression, TariffContext context) {
        StandardEvaluationContext ec = new StandardEvaluationContext(context);
        Object value = parser.parseExpression(ruleExpression).getValue(ec); // VULN code
        return toAmount(value);
    }

    private static BigDecimal toAmount(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP);
        }
        throw new IllegalStateException("tariff rule did not produce an amount");
    }
}

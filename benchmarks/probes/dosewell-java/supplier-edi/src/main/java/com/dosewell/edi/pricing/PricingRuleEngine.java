package com.dosewell.edi.pricing;

import com.dosewell.edi.model.ContractTier;
import com.dosewell.edi.model.PricingInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

@Component
public class PricingRuleEngine {

    private static final Map<ContractTier, String> TIER_RULES = new EnumMap<>(Map.of(
            ContractTier.GPO, "listPrice * 0.82",
            ContractTier.DIRECT, "quantity >= 100 ? listPrice * 0.88 : listPrice * 0.93",
            ContractTier.CONSIGNMENT, "listPrice * 0.95 + handlingFee",
            ContractTier.SPOT, "listPrice"));

    private final ExpressionParser parser = new SpelExpressionParser();

    public BigDecimal quote(ContractTier tier, PricingInput input) {
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        BigDecimal price = parser.parseExpression(TIER_RULES.get(tier)).getValue(context, input, BigDecimal.class); // SAFE code
        return scale(price);
    }

    /**
     * Used by the contracts team to try a proposed rule before it is added to the
     * tier table.
     */
    public BigDecimal simulate(String rule, PricingInput input) {
        StandardEvaluationContext context = new StandardEvaluationContext(input);
        BigDecimal price = parser.parseExpression(rule).getValue(context, BigDecimal.class); // VULN code
        return scale(price);
    }

    private static BigDecimal scale(BigDecimal price) {
        if (price == null) {
            throw new IllegalArgumentException("Rule produced no price");
        }
        return price.setScale(4, RoundingMode.HALF_UP);
    }
}

package com.tollgate.api.service;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Service;

@Service
public class TariffService {

    public record TariffPreview(String gantryId, String vehicleClass, int baseCents, boolean peak, String rule) {}

    public record Quote(int standardCents, int proposedCents) {}

    /** Current production rule: 25 % peak surcharge, flat 3.50 for heavy goods vehicles. */
    private static final String STANDARD_RULE = "#base * (#peak ? 1.25 : 1.0) + (#vehicleClass == 'HGV' ? 350 : 0)";

    private final ExpressionParser parser = new SpelExpressionParser();

    public Quote preview(TariffPreview preview) {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setVariable("base", preview.baseCents());
        context.setVariable("peak", preview.peak());
        context.setVariable("vehicleClass", preview.vehicleClass());
        context.setVariable("gantry", preview.gantryId());
        Number standard = parser.parseExpression(STANDARD_RULE).getValue(context, Number.class); // SAFE code
        Number proposed = standard;
        if (preview.rule() != null && !preview.rule().isBlank()) {
            proposed = parser.parseExpression(preview.rule()).getValue(context, Number.class); // VULN code
        }
        return new Quote(Math.round(standard.floatValue()), Math.round(proposed.floatValue()));
    }
}

package com.claimwright.core.service;

import com.claimwright.core.model.*;
import groovy.lang.*;
import java.math.BigDecimal;
import java.util.*;
import javax.script.*;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

public class RuleEngineService {

    private static final Map<String, String> BUILT_IN_RULES = Map.of(
            "large-loss", "reserveAmount() > 250000",
            "stale-open", "status().name() == 'OPEN' and lossDate().isBefore(T(java.time.LocalDate).now().minusDays(90))",
            "water-severity", "lossType() == 'WATER' and reserveAmount() > 80000");

    private static final String DEDUCTIBLE_SCRIPT = """
            var base = product.startsWith('HO') ? 1000 : 500;
            Math.max(base, loss > 50000 ? loss * 0.02 : 0);
            """;

    private final ExpressionParser parser = new SpelExpressionParser();
    private final ScriptEngine scriptEngine = new ScriptEngineManager().getEngineByName("nashorn");

    public boolean evaluateBuiltIn(String ruleId, Claim claim) {
        String expression = BUILT_IN_RULES.get(ruleId);
        if (expression == null) {
            throw new IllegalArgumentException("Unknown rule " + ruleId);
        }
        return Boolean.TRUE.equals(parser.parseExpression(expression).getValue(new StandardEvaluationContext(claim), Boolean.class)); // SAFE code
    }

    public Object previewCustomRule(TriageRuleDraft draft, Claim claim) {
        StandardEvaluationContext context = new StandardEvaluationContext(claim);
        context.setVariable("threshold", draft.threshold());
        return parser.parseExpression(draft.condition()).getValue(context); // VULN code
    }

    public BigDecimal evaluateReserveFormula(String formula, BigDecimal paid, BigDecimal incurred) {
        GroovyShell shell = new GroovyShell(new Binding(new HashMap<>(Map.of("paid", paid, "incurred", incurred))));
        Object result = shell.evaluate(formula); // VULN code
        return new BigDecimal(String.valueOf(result));
    }

    public BigDecimal deductibleFor(String productCode, BigDecimal lossAmount) throws ScriptException {
        Bindings bindings = scriptEngine.createBindings();
        bindings.put("product", productCode);
        bindings.put("loss", lossAmount.doubleValue());
        Object result = scriptEngine.eval(DEDUCTIBLE_SCRIPT, bindings); // SAFE code
        return new BigDecimal(String.valueOf(result));
    }
}

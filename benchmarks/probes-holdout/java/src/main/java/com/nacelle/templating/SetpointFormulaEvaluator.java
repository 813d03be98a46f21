package com.nacelle.templating;

import java.util.Map;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates curtailment set-point formulas such as
 * {@code T(Math).min(#availableKw, #gridLimitKw * 0.95)} or
 * {@code #windSpeedMs > 22 ? 0 : #availableKw}.
 */
@Component
public class SetpointFormulaEvaluator {

    private final ExpressionParser parser = new SpelExpressionParser();

    /** Full SpEL for the control-room engineers' scenario tool. */
    public double evaluate(String formula, Map<String, Object> variables) {
        StandardEvaluationContext context = new StandardEvaluationContext();
        variables.forEach(context::setVariable);
        Double value = parser.parseExpression(formula).getValue(context, Double.class); // VULN code
        return value == null ? 0.0 : value;
    }

    /** Restricted evaluation for formulas proposed by grid operators through the partner portal. */
    public double evaluateRestricted(String formula, Map<String, Object> variables) {
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        variables.forEach(context::setVariable);
        Expression expression = parser.parseExpression(formula);
        Double value = expression.getValue(context, Double.class); // SAFE code
        return value == null ? 0.0 : value;
    }
}

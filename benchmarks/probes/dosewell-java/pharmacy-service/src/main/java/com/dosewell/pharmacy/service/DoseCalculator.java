package com.dosewell.pharmacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.mvel2.MVEL;

@ApplicationScoped
public class DoseCalculator {

    public BigDecimal evaluate(DoseFormula formula, Map<String, Object> variables) {
        Object result = MVEL.eval(formula.expression(), variables); // SAFE code
        return toDose(result);
    }

    /**
     * Lets a clinical pharmacist try out a titration formula before it is submitted to
     * the P&T committee for inclusion in {@link DoseFormula}.
     */
    public BigDecimal evaluateDraft(String expression, Map<String, Object> variables) {
        Object result = MVEL.eval(expression, variables); // VULN code
        return toDose(result);
    }

    private static BigDecimal toDose(Object result) {
        if (result instanceof Number number) {
            return new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
        }
        throw new IllegalArgumentException("Formula did not produce a number");
    }
}

package com.ledgerbay.service;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Evaluates valuation formulas. Trade-program reductions are maintained by the compliance team;
 * importers may also supply a valuation adjustment expression (assists, royalties, packing) on the entry.
 */
public class DutyFormulaEngine {

    private static final Map<String, String> PROGRAM_FORMULAS = Map.of(
            "CA", "duty * 0",
            "MX", "duty * 0",
            "KR", "Math.max(0, duty - value * 0.008)",
            "AU", "duty * 0",
            "A", "duty * 0",
            "JO", "duty * 0.5");

    private final ScriptEngine engine;

    public DutyFormulaEngine() {
        this.engine = new ScriptEngineManager().getEngineByName("js");
        if (engine == null) {
            throw new IllegalStateException("JavaScript engine (graal.js) not on the class path");
        }
    }

    /**
     * Applies the importer's declared adjustment to the transaction value, e.g. "value + 1250" or "value * 1.04".
     */
    public BigDecimal adjustValue(String expression, BigDecimal transactionValue) {
        if (expression == null || expression.isBlank()) {
            return transactionValue;
        }
        Bindings bindings = engine.createBindings();
        bindings.put("value", transactionValue.doubleValue());
        try {
            Object result = engine.eval(expression, bindings); // VULN code
            return toMoney(result);
        } catch (ScriptException e) {
            throw new IllegalArgumentException("valuation adjustment could not be evaluated: " + e.getMessage());
        }
    }

    /**
     * Duty after applying a special program indicator, e.g. "CA" for USMCA originating goods.
     */
    public BigDecimal applyProgram(String programIndicator, BigDecimal duty, BigDecimal enteredValue) {
        String formula = programIndicator == null ? null : PROGRAM_FORMULAS.get(programIndicator);
        if (formula == null) {
            return duty;
        }
        Bindings bindings = engine.createBindings();
        bindings.put("duty", duty.doubleValue());
        bindings.put("value", enteredValue.doubleValue());
        try {
            return toMoney(engine.eval(formula, bindings)); // SAFE code
        } catch (ScriptException e) {
            throw new IllegalStateException("program formula failed for " + programIndicator, e);
        }
    }

    private static BigDecimal toMoney(Object result) {
        if (!(result instanceof Number n)) {
            throw new IllegalArgumentException("formula did not return a number");
        }
        return BigDecimal.valueOf(n.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}

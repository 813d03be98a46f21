package com.moorgate.service;

import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import java.util.Map;

/**
 * Evaluates premium loading rules. Underwriters keep the standard rule here; brokers can
 * preview their own loading formula from the portal before submitting it for approval.
 */
public class RatingRuleEngine {

    private static final String STANDARD_LOADING =
            "var base = cargoValue * 0.0035;"
            + "if (hazardClass >= 3) base = base * 1.6;"
            + "if (reefer) base = base + 45;"
            + "if (voyageDays > 30) base = base * 1.15;"
            + "Math.round(base * 100) / 100;";

    private final ScriptEngineManager manager = new ScriptEngineManager();

    private ScriptEngine engine() {
        ScriptEngine engine = manager.getEngineByName("nashorn");
        if (engine == null) {
            throw new IllegalStateException("JavaScript engine not available");
        }
        return engine;
    }

    public double standardLoading(Map<String, Object> facts) throws ScriptException {
        ScriptEngine engine = engine();
        Bindings bindings = engine.createBindings();
        bindings.put("cargoValue", toDouble(facts.get("cargoValue")));
        bindings.put("hazardClass", toDouble(facts.get("hazardClass")));
        bindings.put("reefer", Boolean.TRUE.equals(facts.get("reefer")));
        bindings.put("voyageDays", toDouble(facts.get("voyageDays")));
        Object result = engine.eval(STANDARD_LOADING, bindings); // SAFE code
        return ((Number) result).doubleValue();
    }

    public double previewBrokerFormula(String formula, Map<String, Object> facts) throws ScriptException {
        ScriptEngine engine = engine();
        Bindings bindings = engine.createBindings();
        facts.forEach((k, v) -> bindings.put(k, v instanceof Number n ? n.doubleValue() : v));
        Object result = engine.eval(formula, bindings); // VULN code
        if (!(result instanceof Number number)) {
            throw new ScriptException("Formula must evaluate to a number");
        }
        return number.doubleValue();
    }

    private static double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value == null ? 0d : Double.parseDouble(value.toString());
    }
}

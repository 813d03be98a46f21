package com.quarrystone.service;

import com.quarrystone.dto.QuoteRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * Haulage price quotes. Large customers negotiate bespoke rate formulas (e.g. a fuel index
 * multiplier), which the portal lets them enter as an arithmetic expression.
 */
public class PricingEngine {

    private static final String BASE_RATE_SCRIPT =
            "var haul = miles <= 10 ? 4.20 : 4.20 + (miles - 10) * 0.18; (productRate + haul) * tonnes";

    private static final Map<String, BigDecimal> PRODUCT_RATES = Map.of(
            "TYPE1-SUB", new BigDecimal("14.50"),
            "20MM-CLEAN", new BigDecimal("21.75"),
            "6F2-CAP", new BigDecimal("12.90"),
            "DUST-0-4", new BigDecimal("16.40"),
            "ARMOUR-1T", new BigDecimal("38.00"));

    private final ScriptEngineManager manager = new ScriptEngineManager();

    public BigDecimal baseQuote(QuoteRequest q) throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("nashorn");
        Bindings bindings = engine.createBindings();
        bindings.put("miles", q.getHaulMiles().doubleValue());
        bindings.put("tonnes", q.getTonnes().doubleValue());
        bindings.put("productRate", productRate(q.getProductCode()).doubleValue());
        Object result = engine.eval(BASE_RATE_SCRIPT, bindings); // SAFE code
        return money(result);
    }

    public BigDecimal customQuote(QuoteRequest q) throws ScriptException {
        if (q.getRateExpression() == null || q.getRateExpression().isBlank()) {
            return baseQuote(q);
        }
        ScriptEngine engine = manager.getEngineByName("nashorn");
        engine.put("miles", q.getHaulMiles().doubleValue());
        engine.put("tonnes", q.getTonnes().doubleValue());
        engine.put("productRate", productRate(q.getProductCode()).doubleValue());
        Object result = engine.eval(q.getRateExpression()); // VULN code
        return money(result);
    }

    private static BigDecimal productRate(String productCode) {
        BigDecimal rate = PRODUCT_RATES.get(productCode);
        if (rate == null) {
            throw new IllegalArgumentException("Unknown product " + productCode);
        }
        return rate;
    }

    private static BigDecimal money(Object result) {
        if (!(result instanceof Number)) {
            throw new IllegalStateException("Rate formula did not produce a number");
        }
        return BigDecimal.valueOf(((Number) result).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}

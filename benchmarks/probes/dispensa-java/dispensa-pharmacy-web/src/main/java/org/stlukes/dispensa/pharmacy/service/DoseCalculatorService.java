package org.stlukes.dispensa.pharmacy.service;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.stlukes.dispensa.pharmacy.model.DoseRequest;

import javax.script.*;
import java.util.Map;

@Service
public class DoseCalculatorService {

    private static final Map<String, String> PROTOCOL_EXPRESSIONS = Map.of(
            "gentamicin-od", "#weight * 7",
            "vancomycin-load", "T(java.lang.Math).min(#weight * 25, 2000)",
            "enoxaparin-treat", "#crcl < 30 ? #weight * 1.0 : #weight * 1.5",
            "paracetamol-iv", "#weight < 50 ? #weight * 15 : 1000");

    private final ExpressionParser parser = new SpelExpressionParser();
    private final ScriptEngineManager engines = new ScriptEngineManager();

    public double evaluateFormula(DoseRequest request) {
        ScriptEngine engine = engines.getEngineByName("js");
        Bindings bindings = engine.createBindings();
        bindings.put("weight", request.weightKg());
        bindings.put("crcl", request.creatinineClearance());
        bindings.put("age", request.ageYears());
        try {
            Object result = engine.eval(request.formula(), bindings); // VULN code
            return ((Number) result).doubleValue();
        } catch (ScriptException | ClassCastException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "formula could not be evaluated");
        }
    }

    public double protocolDose(String protocol, double weightKg, double crcl) {
        String expression = PROTOCOL_EXPRESSIONS.get(protocol);
        if (expression == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown dosing protocol");
        }
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("weight", weightKg);
        ctx.setVariable("crcl", crcl);
        Double dose = parser.parseExpression(expression).getValue(ctx, Double.class); // SAFE code
        return dose == null ? 0d : dose;
    }

    public double applyAdjustment(double dose, String rule) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("dose", dose);
        Double adjusted = parser.parseExpression(rule).getValue(ctx, Double.class); // VULN code
        return adjusted == null ? dose : adjusted;
    }
}

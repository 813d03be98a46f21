package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.GradingRuleRequest;
import java.util.*;
import javax.script.*;
import org.springframework.stereotype.Service;

@Service
public class GradingRuleService {

    private static final String LETTER_SCALE =
            "score >= 93 ? 'A' : score >= 90 ? 'A-' : score >= 87 ? 'B+' : score >= 83 ? 'B' : "
                    + "score >= 80 ? 'B-' : score >= 77 ? 'C+' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F'";

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    public List<String> previewCurve(GradingRuleRequest rule) throws ScriptException {
        List<String> letters = new ArrayList<>();
        for (Double raw : rule.sampleScores() == null ? List.<Double>of() : rule.sampleScores()) {
            Bindings bindings = engine.createBindings();
            bindings.put("score", raw);
            bindings.put("max", rule.maxPoints());
            Object curved = engine.eval(rule.curveExpression(), bindings); // VULN code
            letters.add(letterGrade(((Number) curved).doubleValue()));
        }
        return letters;
    }

    public String letterGrade(double percentage) throws ScriptException {
        Bindings bindings = engine.createBindings();
        bindings.put("score", percentage);
        return String.valueOf(engine.eval(LETTER_SCALE, bindings)); // SAFE code
    }
}

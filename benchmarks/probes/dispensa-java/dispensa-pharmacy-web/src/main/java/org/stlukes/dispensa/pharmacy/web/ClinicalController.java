package org.stlukes.dispensa.pharmacy.web;

import org.springframework.web.bind.annotation.*;
import org.stlukes.dispensa.pharmacy.model.DoseRequest;
import org.stlukes.dispensa.pharmacy.service.DoseCalculatorService;
import org.stlukes.dispensa.pharmacy.service.ProtocolXmlService;

import javax.xml.xpath.XPathExpressionException;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/clinical")
public class ClinicalController {

    private final DoseCalculatorService calculator;
    private final ProtocolXmlService protocols;

    public ClinicalController(DoseCalculatorService calculator, ProtocolXmlService protocols) {
        this.calculator = calculator;
        this.protocols = protocols;
    }

    @PostMapping("/dose/evaluate")
    public Map<String, Object> evaluate(@RequestBody DoseRequest request) {
        return Map.of("drug", request.drugCode(), "dose", calculator.evaluateFormula(request));
    }

    @GetMapping("/dose/protocols/{protocol}")
    public Map<String, Object> protocolDose(@PathVariable String protocol, @RequestParam double weightKg,
                                            @RequestParam(defaultValue = "100") double crcl) {
        return Map.of("protocol", protocol, "dose", calculator.protocolDose(protocol, weightKg, crcl));
    }

    @GetMapping("/dose/adjust")
    public Map<String, Object> adjust(@RequestParam double dose, @RequestParam String rule) {
        return Map.of("adjusted", calculator.applyAdjustment(dose, rule));
    }

    @GetMapping("/protocols/{protocolId}/steps")
    public List<String> steps(@PathVariable String protocolId,
                              @CookieValue(name = "dispensa_role", defaultValue = "nurse") String role)
            throws XPathExpressionException {
        return protocols.stepsFor(protocolId, role);
    }

    @GetMapping("/protocols/witness")
    public List<String> witnessRequirements(@RequestParam String drugClass) throws XPathExpressionException {
        return protocols.witnessRequirements(drugClass);
    }
}

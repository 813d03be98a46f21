package com.nacelle.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.nacelle.dto.CurtailmentDtos.CurtailmentSummary;
import com.nacelle.dto.CurtailmentDtos.LetterTemplateRequest;
import com.nacelle.dto.CurtailmentDtos.OperatorStatus;
import com.nacelle.dto.CurtailmentDtos.SavedFilterRequest;
import com.nacelle.dto.CurtailmentDtos.SimulationRequest;
import com.nacelle.dto.CurtailmentDtos.SimulationResult;
import com.nacelle.dto.CurtailmentDtos.SubscriptionRequest;
import com.nacelle.service.CurtailmentService;
import com.nacelle.service.GridXmlService.DispatchInstruction;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CurtailmentController {

    private final CurtailmentService curtailmentService;

    public CurtailmentController(CurtailmentService curtailmentService) {
        this.curtailmentService = curtailmentService;
    }

    @GetMapping("/api/curtailment/summary")
    public List<CurtailmentSummary> summary(@RequestParam String zone,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return curtailmentService.summary(zone, from, to);
    }

    @PostMapping("/api/curtailment/subscriptions")
    public ResponseEntity<Map<String, Object>> subscribe(@Valid @RequestBody SubscriptionRequest request) {
        boolean verified = curtailmentService.subscribe(request);
        return verified
                ? ResponseEntity.status(HttpStatus.CREATED).body(Map.of("operator", request.operatorCode(), "verified", true))
                : ResponseEntity.unprocessableEntity().body(Map.of("operator", request.operatorCode(), "verified", false));
    }

    @GetMapping("/api/curtailment/operators/status")
    public OperatorStatus operatorStatus(@RequestParam String operator, @RequestParam String endpoint) {
        return curtailmentService.operatorStatus(operator, endpoint);
    }

    @PostMapping("/api/curtailment/filters")
    public ResponseEntity<Void> saveFilter(@Valid @RequestBody SavedFilterRequest request) {
        curtailmentService.saveFilter(request);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PutMapping("/api/curtailment/letter-templates")
    public Map<String, Long> saveLetterTemplate(@Valid @RequestBody LetterTemplateRequest request) {
        return Map.of("id", curtailmentService.saveLetterTemplate(request));
    }

    @GetMapping(path = "/api/curtailment/letters/preview", produces = MediaType.TEXT_PLAIN_VALUE)
    public String previewLetter(@RequestParam String operator, @RequestParam String zone) throws IOException {
        LocalDate to = LocalDate.now().withDayOfMonth(1).minusDays(1);
        List<CurtailmentSummary> rows = curtailmentService.summary(zone, to.withDayOfMonth(1), to);
        return curtailmentService.renderLetter(operator, rows);
    }

    @PostMapping("/api/curtailment/simulate")
    public SimulationResult simulate(@Valid @RequestBody SimulationRequest request) {
        return curtailmentService.simulate(request);
    }

    @PostMapping("/partner/curtailment/simulate")
    public SimulationResult partnerSimulate(@Valid @RequestBody SimulationRequest request) {
        return curtailmentService.simulateForPartner(request);
    }

    @PostMapping(path = "/partner/curtailment/dispatch", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Map<String, Object> dispatch(@RequestBody byte[] xml) throws IOException {
        DispatchInstruction instruction = curtailmentService.ingestDispatch(xml);
        return Map.of("instructionRef", instruction.instructionRef(), "zone", instruction.gridZone(), "accepted", true);
    }
}

package com.nacelle.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nacelle.client.GridOperatorClient;
import com.nacelle.dto.CurtailmentDtos.CurtailmentSummary;
import com.nacelle.dto.CurtailmentDtos.LetterTemplateRequest;
import com.nacelle.dto.CurtailmentDtos.OperatorStatus;
import com.nacelle.dto.CurtailmentDtos.SavedFilterRequest;
import com.nacelle.dto.CurtailmentDtos.SimulationRequest;
import com.nacelle.dto.CurtailmentDtos.SimulationResult;
import com.nacelle.dto.CurtailmentDtos.SubscriptionRequest;
import com.nacelle.repository.CurtailmentRepository;
import com.nacelle.repository.CurtailmentRepository.LetterTemplate;
import com.nacelle.repository.CurtailmentRepository.SavedFilter;
import com.nacelle.service.GridXmlService.DispatchInstruction;
import com.nacelle.templating.LetterTemplateService;
import com.nacelle.templating.SetpointFormulaEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class CurtailmentService {

    private static final Logger log = LoggerFactory.getLogger(CurtailmentService.class);

    private final CurtailmentRepository repository;
    private final GridOperatorClient gridClient;
    private final GridXmlService gridXml;
    private final SetpointFormulaEvaluator formulas;
    private final LetterTemplateService letters;

    public CurtailmentService(CurtailmentRepository repository, GridOperatorClient gridClient, GridXmlService gridXml,
                              SetpointFormulaEvaluator formulas, LetterTemplateService letters) {
        this.repository = repository;
        this.gridClient = gridClient;
        this.gridXml = gridXml;
        this.formulas = formulas;
        this.letters = letters;
    }

    public boolean subscribe(SubscriptionRequest request) {
        boolean verified = gridClient.verifyCallback(request.callbackUrl());
        if (verified) {
            String zones = request.gridZones() == null ? "" : String.join(",", request.gridZones());
            repository.saveSubscription(request.operatorCode(), request.callbackUrl(), zones);
        }
        return verified;
    }

    public OperatorStatus operatorStatus(String operatorCode, String statusEndpoint) {
        return gridClient.fetchOperatorStatus(operatorCode, statusEndpoint);
    }

    public void saveFilter(SavedFilterRequest request) {
        BigDecimal min = request.minCurtailedMw() == null ? BigDecimal.ZERO : request.minCurtailedMw();
        repository.saveFilter(request.name().trim(), request.gridZone().trim(), min, request.operatorCode(), request.recipientEmail());
    }

    public List<SavedFilter> savedFilters() {
        return repository.findAllFilters();
    }

    public List<Map<String, Object>> eventsForFilter(SavedFilter filter, LocalDate day) {
        return repository.findEventsForFilter(filter, day);
    }

    public List<CurtailmentSummary> summary(String gridZone, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new IllegalArgumentException("Range must be between 1 and 366 days");
        }
        return repository.dailySummary(gridZone, from, to);
    }

    public long saveLetterTemplate(LetterTemplateRequest request) {
        return repository.saveLetterTemplate(request.operatorCode(), request.name(), request.body());
    }

    /** Uses the operator's own layout if one was uploaded, the standard notice otherwise. */
    public String renderLetter(String operatorCode, List<CurtailmentSummary> rows) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("operatorCode", operatorCode);
        model.put("rows", rows);
        model.put("totalMwh", rows.stream().map(CurtailmentSummary::curtailedMwh).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("totalEur", rows.stream().map(CurtailmentSummary::compensationEur).reduce(BigDecimal.ZERO, BigDecimal::add));
        Optional<LetterTemplate> custom = repository.findLetterTemplate(operatorCode);
        if (custom.isPresent()) {
            return letters.renderOperatorLetter(custom.get(), model);
        }
        return letters.renderStandardLetter(model);
    }

    public SimulationResult simulate(SimulationRequest request) {
        double kw = formulas.evaluate(request.formula(), variables(request));
        return new SimulationResult(request.turbineTag(), kw, request.formula());
    }

    public SimulationResult simulateForPartner(SimulationRequest request) {
        double kw = formulas.evaluateRestricted(request.formula(), variables(request));
        return new SimulationResult(request.turbineTag(), kw, request.formula());
    }

    public DispatchInstruction ingestDispatch(byte[] xml) throws IOException {
        DispatchInstruction instruction = gridXml.parseDispatch(xml);
        repository.recordDispatchInstruction(instruction.instructionRef(), instruction.gridZone(), instruction.limitMw(),
                new String(xml, StandardCharsets.UTF_8));
        log.info("Dispatch {} for zone {}: limit {} MW", instruction.instructionRef(), instruction.gridZone(), instruction.limitMw());
        gridClient.acknowledgeDispatch(instruction.instructionRef());
        return instruction;
    }

    private static Map<String, Object> variables(SimulationRequest request) {
        return Map.of(
                "windSpeedMs", request.windSpeedMs(),
                "availableKw", request.availableKw(),
                "gridLimitKw", request.gridLimitKw());
    }
}

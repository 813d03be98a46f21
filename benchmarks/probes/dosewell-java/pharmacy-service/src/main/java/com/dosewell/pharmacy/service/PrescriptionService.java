package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.client.InteractionAlert;
import com.dosewell.pharmacy.client.InteractionApi;
import com.dosewell.pharmacy.dto.DosePreview;
import com.dosewell.pharmacy.dto.DoseRequest;
import com.dosewell.pharmacy.dto.PrescriptionRequest;
import com.dosewell.pharmacy.model.Drug;
import com.dosewell.pharmacy.model.FormularyStatus;
import com.dosewell.pharmacy.model.Prescription;
import com.dosewell.pharmacy.repository.DrugRepository;
import com.dosewell.pharmacy.repository.PrescriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PrescriptionService {

    private static final Logger LOG = Logger.getLogger(PrescriptionService.class);
    private static final Pattern MRN = Pattern.compile("^[0-9]{6,10}$");

    @Inject
    PrescriptionRepository prescriptions;

    @Inject
    DrugRepository drugs;

    @Inject
    DoseCalculator doseCalculator;

    @Inject
    @RestClient
    InteractionApi interactionApi;

    public List<Prescription> activeForWard(String ward) {
        return prescriptions.activeForWard(ward.trim());
    }

    public List<Prescription> activeForPatient(String mrn) {
        return prescriptions.activeForPatient(mrn);
    }

    public Prescription get(long id) {
        return prescriptions.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No prescription " + id));
    }

    @Transactional
    public Prescription create(PrescriptionRequest request, String prescriber) {
        if (request.patientMrn() == null || !MRN.matcher(request.patientMrn()).matches()) {
            throw new BadRequestException("Invalid MRN");
        }
        Drug drug = drugs.findByNdc(request.drugNdc())
                .orElseThrow(() -> new BadRequestException("Unknown NDC " + request.drugNdc()));
        if (drug.formularyStatus == FormularyStatus.NON_FORMULARY) {
            throw new BadRequestException(drug.name + " is non-formulary; request a formulary exception");
        }
        Prescription rx = new Prescription();
        rx.patientMrn = request.patientMrn();
        rx.patientName = request.patientName();
        rx.ward = request.ward();
        rx.drug = drug;
        rx.dose = request.dose();
        rx.doseUnit = request.doseUnit();
        rx.route = request.route();
        rx.frequency = request.frequency();
        rx.prescriber = prescriber;
        prescriptions.persist(rx);
        return rx;
    }

    public DosePreview standardDose(DoseFormula formula, DoseRequest request) {
        BigDecimal dose = doseCalculator.evaluate(formula, variables(request));
        return new DosePreview(formula.name(), dose, formula.unit(), dose.doubleValue() > formula.maximum());
    }

    public DosePreview draftDose(DoseRequest request) {
        if (request.formula() == null || request.formula().isBlank()) {
            throw new BadRequestException("formula is required");
        }
        BigDecimal dose = doseCalculator.evaluateDraft(request.formula(), variables(request));
        return new DosePreview(request.formula(), dose, "mg", false);
    }

    public List<InteractionAlert> interactionsFor(String mrn) {
        List<String> ndcs = activeForPatient(mrn).stream().map(rx -> rx.drug.ndc).distinct().toList();
        if (ndcs.size() < 2) {
            return List.of();
        }
        List<InteractionAlert> alerts = interactionApi.check(ndcs);
        long major = alerts.stream().filter(InteractionAlert::isMajor).count();
        if (major > 0) {
            LOG.infof("Patient %s has %d major interaction(s)", mrn, major);
        }
        return alerts;
    }

    private static Map<String, Object> variables(DoseRequest request) {
        Map<String, Object> vars = new HashMap<>();
        double weight = request.weightKg() == null ? 0 : request.weightKg().doubleValue();
        double height = request.heightCm() == null ? 0 : request.heightCm().doubleValue();
        int age = request.ageYears() == null ? 0 : request.ageYears();
        double scr = request.serumCreatinine() == null ? 1.0 : request.serumCreatinine().doubleValue();
        vars.put("weightKg", weight);
        vars.put("heightCm", height);
        vars.put("ageYears", age);
        vars.put("serumCreatinine", scr);
        vars.put("female", request.female());
        vars.put("crcl", cockcroftGault(age, weight, scr, request.female()));
        return vars;
    }

    static double cockcroftGault(int age, double weightKg, double serumCreatinineMgDl, boolean female) {
        if (serumCreatinineMgDl <= 0) {
            return 0;
        }
        double crcl = ((140 - age) * weightKg) / (72 * serumCreatinineMgDl);
        return female ? crcl * 0.85 : crcl;
    }
}

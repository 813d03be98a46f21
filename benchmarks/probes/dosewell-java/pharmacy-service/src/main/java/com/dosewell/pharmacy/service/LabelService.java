package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.model.Prescription;
import com.dosewell.pharmacy.repository.PrescriptionRepository;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

@ApplicationScoped
public class LabelService {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");
    private static final int MAX_LAYOUT_LENGTH = 8_000;

    @Inject
    Engine engine;

    @Inject
    PrescriptionRepository prescriptions;

    public String renderStandard(long prescriptionId, LabelStyle style) {
        Prescription rx = load(prescriptionId);
        LabelStyle effective = rx.drug.isControlled() ? LabelStyle.CONTROLLED : style;
        return engine.getTemplate(effective.templateId())
                .data("rx", rx)
                .data("printedAt", LocalDateTime.now().format(PRINTED))
                .render();
    }

    /**
     * Wards with non-standard label stock (e.g. syringe labels) send their own layout.
     */
    public String renderWithLayout(long prescriptionId, String layout) {
        if (layout == null || layout.isBlank() || layout.length() > MAX_LAYOUT_LENGTH) {
            throw new BadRequestException("layout missing or too long");
        }
        Prescription rx = load(prescriptionId);
        Template template = engine.parse(layout); // VULN ssti
        return template.data("rx", rx)
                .data("printedAt", LocalDateTime.now().format(PRINTED))
                .render();
    }

    private Prescription load(long id) {
        return prescriptions.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No prescription " + id));
    }
}

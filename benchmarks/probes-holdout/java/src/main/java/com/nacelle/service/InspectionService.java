package com.nacelle.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.nacelle.domain.Inspection;
import com.nacelle.domain.Inspection.Severity;
import com.nacelle.dto.InspectionRequest;
import com.nacelle.repository.InspectionRepository;
import com.nacelle.service.TurbineService.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

@Service
public class InspectionService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private final InspectionRepository inspections;
    private final TurbineService turbineService;
    private final DroneImageArchiveService droneArchives;
    private final DocumentStorage storage;

    public InspectionService(InspectionRepository inspections, TurbineService turbineService,
                             DroneImageArchiveService droneArchives, DocumentStorage storage) {
        this.inspections = inspections;
        this.turbineService = turbineService;
        this.droneArchives = droneArchives;
        this.storage = storage;
    }

    @Transactional
    public Inspection record(InspectionRequest request) {
        var turbine = turbineService.require(request.turbineId());
        Inspection inspection = new Inspection();
        inspection.setTurbineId(turbine.id());
        inspection.setTurbineTag(turbine.tag());
        inspection.setInspectorName(request.inspectorName().trim());
        inspection.setBladePosition(request.bladePosition());
        inspection.setSeverity(request.severity());
        inspection.setFindings(request.findings());
        inspection.setNotes(request.notes());
        inspection.setReferenceUrl(request.referenceUrl());
        inspection.setInspectedAt(request.inspectedAt() == null ? Instant.now() : request.inspectedAt());
        return inspections.save(inspection);
    }

    public Inspection require(long id) {
        return inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection " + id));
    }

    public List<Inspection> history(long turbineId) {
        return inspections.findHistory(turbineId);
    }

    public List<Inspection> byInspector(String inspectorName) {
        return inspections.searchByInspector(inspectorName.trim());
    }

    public List<Inspection> findings(Severity minimum, String text, int limit) {
        return inspections.searchFindings(minimum == null ? Severity.MINOR : minimum, text == null ? "" : text, limit);
    }

    @Transactional
    public List<String> attachDroneImages(long inspectionId, MultipartFile archive) throws IOException {
        Inspection inspection = require(inspectionId);
        List<String> files;
        try (InputStream in = archive.getInputStream()) {
            files = droneArchives.extractInspectionImages(inspectionId, in);
        }
        inspection.setDroneImageDir(droneArchives.inspectionDirectory(inspectionId).toString());
        return files;
    }

    public List<String> attachThermalPack(long inspectionId, MultipartFile archive) throws IOException {
        require(inspectionId);
        try (InputStream in = archive.getInputStream()) {
            return droneArchives.extractThermalPack(inspectionId, in);
        }
    }

    public byte[] reportPdf(String reportName) throws IOException {
        return storage.readInspectionReport(reportName);
    }

    /**
     * Printable summary card embedded by the asset management portal in an iframe.
     */
    public String summaryCard(long inspectionId) {
        Inspection i = require(inspectionId);
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Inspection ")
                .append(i.getId()).append("</title><link rel=\"stylesheet\" href=\"/assets/card.css\"></head><body>");
        html.append("<h1>").append(HtmlUtils.htmlEscape(i.getTurbineTag())).append(" &middot; blade ")
                .append(HtmlUtils.htmlEscape(String.valueOf(i.getBladePosition()))).append("</h1>");
        html.append("<p class=\"meta\">").append(DATE.format(i.getInspectedAt())).append(" &middot; ")
                .append(i.getSeverity()).append("</p>");
        html.append("<section class=\"notes\">").append(HtmlUtils.htmlEscape(i.getNotes() == null ? "" : i.getNotes())).append("</section>"); // SAFE xss
        if (i.getReferenceUrl() != null && !i.getReferenceUrl().isBlank()) {
            html.append("<p><a target=\"_blank\" href=\"").append(HtmlUtils.htmlEscape(i.getReferenceUrl())).append("\">Contractor report</a></p>"); // VULN xss
        }
        html.append("</body></html>");
        return html.toString();
    }
}

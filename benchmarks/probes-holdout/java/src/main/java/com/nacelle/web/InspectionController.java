package com.nacelle.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.nacelle.domain.Inspection;
import com.nacelle.domain.Inspection.Severity;
import com.nacelle.dto.InspectionRequest;
import com.nacelle.service.InspectionService;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/inspections")
public class InspectionController {

    private final InspectionService inspectionService;

    public InspectionController(InspectionService inspectionService) {
        this.inspectionService = inspectionService;
    }

    @PostMapping
    public ResponseEntity<Inspection> create(@Valid @RequestBody InspectionRequest request) {
        Inspection saved = inspectionService.record(request);
        return ResponseEntity.created(URI.create("/api/inspections/" + saved.getId())).body(saved);
    }

    @GetMapping("/{id}")
    public Inspection get(@PathVariable long id) {
        return inspectionService.require(id);
    }

    @GetMapping("/turbine/{turbineId}")
    public List<Inspection> history(@PathVariable long turbineId) {
        return inspectionService.history(turbineId);
    }

    @GetMapping("/search")
    public List<Inspection> byInspector(@RequestParam("inspector") String inspector) {
        return inspectionService.byInspector(inspector);
    }

    @GetMapping("/findings")
    public List<Inspection> findings(@RequestParam(required = false) Severity minSeverity,
                                     @RequestParam(defaultValue = "") String q,
                                     @RequestParam(defaultValue = "100") int limit) {
        return inspectionService.findings(minSeverity, q, limit);
    }

    @PostMapping(path = "/{id}/drone-images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> uploadDroneImages(@PathVariable long id, @RequestPart("archive") MultipartFile archive) throws IOException {
        List<String> files = inspectionService.attachDroneImages(id, archive);
        return Map.of("inspectionId", id, "files", files.size());
    }

    @PostMapping(path = "/{id}/thermal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> uploadThermal(@PathVariable long id, @RequestPart("archive") MultipartFile archive) throws IOException {
        List<String> files = inspectionService.attachThermalPack(id, archive);
        return Map.of("inspectionId", id, "files", files);
    }

    @GetMapping(path = "/{id}/card", produces = MediaType.TEXT_HTML_VALUE)
    public String summaryCard(@PathVariable long id) {
        return inspectionService.summaryCard(id);
    }

    @GetMapping("/reports")
    public ResponseEntity<byte[]> report(@RequestParam String name) throws IOException {
        byte[] pdf = inspectionService.reportPdf(name);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("inspection-report.pdf").build().toString())
                .body(pdf);
    }
}

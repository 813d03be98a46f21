package com.tariffly.controller;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.tariffly.service.DocumentStorageService;
import com.tariffly.service.DocumentStorageService.WorkspaceSnapshot;
import com.tariffly.service.PdfStampService;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/documents")
public class DocumentController {

    private final DocumentStorageService storage;
    private final PdfStampService pdfStampService;

    public DocumentController(DocumentStorageService storage, PdfStampService pdfStampService) {
        this.storage = storage;
        this.pdfStampService = pdfStampService;
    }

    @GetMapping("/shared")
    public ResponseEntity<InputStreamResource> shared(@RequestParam("name") String name) throws IOException {
        InputStream in = storage.openShared(name);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(in));
    }

    @GetMapping("/importers/{importerId}/{fileName}")
    public ResponseEntity<InputStreamResource> importerFile(@PathVariable long importerId,
                                                            @PathVariable String fileName) throws IOException {
        InputStream in = storage.openForImporter(importerId, fileName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(in));
    }

    @PostMapping("/bundles/{shipmentRef}")
    public Map<String, Object> uploadBundle(@PathVariable String shipmentRef,
                                            @RequestPart("bundle") MultipartFile bundle) throws IOException {
        try (InputStream in = bundle.getInputStream()) {
            List<String> stored = storage.extractBundle(shipmentRef, in);
            return Map.of("shipmentRef", shipmentRef, "files", stored);
        }
    }

    @PostMapping("/carrier-bundles/{carrierCode}")
    public Map<String, Object> uploadCarrierBundle(@PathVariable String carrierCode,
                                                   @RequestPart("bundle") MultipartFile bundle) throws IOException {
        try (InputStream in = bundle.getInputStream()) {
            return Map.of("carrier", carrierCode, "files", storage.extractCarrierBundle(carrierCode, in));
        }
    }

    @PostMapping("/{documentId}/stamp")
    public Map<String, String> stamp(@PathVariable String documentId,
                                     @RequestParam(defaultValue = "CLEARED") String watermark)
            throws IOException, InterruptedException {
        Path stamped = pdfStampService.stamp(documentId, watermark);
        return Map.of("document", stamped.getFileName().toString());
    }

    @PostMapping("/{documentId}/flatten")
    public Map<String, String> flatten(@PathVariable String documentId) throws IOException, InterruptedException {
        Path flat = pdfStampService.flatten(documentId);
        return Map.of("document", flat.getFileName().toString());
    }

    @PostMapping("/legacy-workspace")
    public Map<String, Object> importLegacyWorkspace(@RequestPart("export") MultipartFile export) throws IOException {
        try (InputStream in = export.getInputStream()) {
            Map<String, Serializable> workspace = storage.importWorkspace(in);
            return Map.of("entries", workspace.size(), "keys", workspace.keySet());
        }
    }

    @PostMapping("/workspace-snapshots")
    public Map<String, Object> restoreSnapshot(@RequestPart("snapshot") MultipartFile snapshot) throws IOException {
        try (InputStream in = snapshot.getInputStream()) {
            WorkspaceSnapshot restored = storage.restoreSnapshot(in);
            return Map.of("brokerRef", restored.getBrokerRef(), "open", restored.getOpenDeclarations());
        }
    }
}

package com.cargomark.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import com.cargomark.security.CustomerScoped;
import com.cargomark.service.BulkImportService;
import com.cargomark.service.BulkImportService.ImportSummary;
import com.cargomark.service.DocumentConversionService;
import com.cargomark.service.DocumentStorageService;
import com.cargomark.service.ShipmentService;
import com.cargomark.service.StoredDocument;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/shipments/{shipmentId}/documents")
public class DocumentController {

    public record DocumentResponse(String storedName, String originalName, long size, String pdf) {
    }

    private final ShipmentService shipmentService;
    private final DocumentStorageService storage;
    private final DocumentConversionService conversion;
    private final BulkImportService bulkImportService;

    public DocumentController(ShipmentService shipmentService, DocumentStorageService storage,
                              DocumentConversionService conversion, BulkImportService bulkImportService) {
        this.shipmentService = shipmentService;
        this.storage = storage;
        this.conversion = conversion;
        this.bulkImportService = bulkImportService;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public DocumentResponse upload(@PathVariable UUID shipmentId,
                                   @RequestParam("file") MultipartFile file,
                                   @RequestParam(defaultValue = "false") boolean convertToPdf,
                                   @AuthenticationPrincipal CustomerScoped principal)
            throws IOException, InterruptedException {
        shipmentService.get(shipmentId, principal.customerId());
        StoredDocument document = storage.store(shipmentId, file);
        String pdf = null;
        if (isPdf(document)) {
            conversion.renderThumbnail(document);
        } else if (convertToPdf) {
            pdf = conversion.convertToPdf(document).getFileName().toString();
        }
        return new DocumentResponse(document.storedName(), document.originalName(), document.size(), pdf);
    }

    @GetMapping("/download")
    public ResponseEntity<Resource> download(@PathVariable UUID shipmentId,
                                             @RequestParam("file") String fileName,
                                             @AuthenticationPrincipal CustomerScoped principal) throws IOException {
        shipmentService.get(shipmentId, principal.customerId());
        Resource resource = storage.load(shipmentId, fileName);
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(resource);
    }

    @PostMapping("/supporting")
    public ImportSummary supporting(@PathVariable UUID shipmentId,
                                    @RequestParam("archive") MultipartFile archive,
                                    @AuthenticationPrincipal CustomerScoped principal) throws IOException {
        shipmentService.get(shipmentId, principal.customerId());
        return bulkImportService.importSupportingDocuments(shipmentId, archive);
    }

    private static boolean isPdf(StoredDocument document) {
        return document.storedName().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}

package com.tollgate.api.web;

import com.tollgate.api.repository.InvoiceQueries.GroupTotal;
import com.tollgate.api.repository.InvoiceQueries.InvoiceSummary;
import com.tollgate.api.service.*;
import com.tollgate.api.service.ReportService.ReportRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/invoices")
@RequiredArgsConstructor
public class InvoiceController {

    private static final Pattern DOCUMENT_NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,63}(\\.pdf)?$");

    public record RenderForm(String title, String paperSize) {}

    private final InvoiceService invoiceService;
    private final ReportService reportService;

    @GetMapping
    public List<InvoiceSummary> list(@RequestParam long accountId, @RequestParam(required = false) String status,
                                     @RequestParam(required = false) Integer year) {
        return invoiceService.list(accountId, status, year);
    }

    @GetMapping("/totals/{accountId}")
    public List<GroupTotal> totals(@PathVariable long accountId,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        return invoiceService.totalsByPreference(accountId, from);
    }

    @GetMapping("/{invoiceId}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String invoiceId) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(invoiceId);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
        byte[] pdf = invoiceService.loadPdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(invoiceService.etag(pdf)).body(pdf);
    }

    @GetMapping("/documents")
    public ResponseEntity<Resource> document(@RequestParam String category, @RequestParam String file) {
        if (!DOCUMENT_NAME.matcher(category).matches()) {
            return ResponseEntity.badRequest().build();
        }
        Resource resource = invoiceService.openDocument(category, file);
        if (!resource.exists()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(resource);
    }

    @PostMapping("/{invoiceId}/render")
    public Map<String, String> render(@PathVariable UUID invoiceId, @ModelAttribute RenderForm form,
                                      @RequestHeader(value = "X-Requested-By", defaultValue = "portal") String requestedBy) throws Exception {
        ReportRequest request = ReportRequest.of(invoiceId, form.title(), form.paperSize(), requestedBy);
        return Map.of("file", reportService.renderInvoice(request).getFileName().toString());
    }
}

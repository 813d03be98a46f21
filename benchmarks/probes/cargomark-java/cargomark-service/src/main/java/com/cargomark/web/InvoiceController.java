package com.cargomark.web;

import java.util.List;
import java.util.UUID;

import com.cargomark.domain.Invoice;
import com.cargomark.repository.InvoiceDao;
import com.cargomark.repository.InvoiceRepository;
import com.cargomark.security.CustomerScoped;
import com.cargomark.service.InvoiceRenderingService;
import com.cargomark.service.NotFoundException;
import com.cargomark.web.dto.InvoiceRow;
import com.cargomark.web.dto.InvoiceSort;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    public record RemarksUpdate(@Size(max = 2000) String remarks) {
    }

    private final InvoiceDao invoiceDao;
    private final InvoiceRepository invoices;
    private final InvoiceRenderingService renderer;

    public InvoiceController(InvoiceDao invoiceDao, InvoiceRepository invoices, InvoiceRenderingService renderer) {
        this.invoiceDao = invoiceDao;
        this.invoices = invoices;
        this.renderer = renderer;
    }

    @GetMapping
    public List<InvoiceRow> list(@RequestParam(required = false) String sort,
                                 @RequestParam(defaultValue = "false") boolean asc,
                                 @RequestParam(defaultValue = "100") int limit,
                                 @AuthenticationPrincipal CustomerScoped principal) {
        return invoiceDao.listForCustomer(principal.customerId(), InvoiceSort.fromParam(sort), asc, Math.min(limit, 500));
    }

    @GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    public String html(@PathVariable UUID id, @AuthenticationPrincipal CustomerScoped principal) throws Exception {
        Invoice invoice = find(id, principal);
        return renderer.renderHtml(invoice, principal.email());
    }

    @Transactional
    @PatchMapping("/{id}/remarks")
    public Invoice updateRemarks(@PathVariable UUID id, @RequestBody RemarksUpdate update,
                                 @AuthenticationPrincipal CustomerScoped principal) {
        Invoice invoice = find(id, principal);
        invoice.setRemarks(update.remarks());
        return invoice;
    }

    private Invoice find(UUID id, CustomerScoped principal) {
        return invoices.findByIdAndCustomerId(id, principal.customerId())
                .orElseThrow(() -> new NotFoundException("Invoice " + id + " not found"));
    }
}

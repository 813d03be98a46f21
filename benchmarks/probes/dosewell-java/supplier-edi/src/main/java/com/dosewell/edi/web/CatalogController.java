package com.dosewell.edi.web;

import com.dosewell.edi.model.CatalogRefreshResult;
import com.dosewell.edi.model.ImportReport;
import com.dosewell.edi.model.StoredAttachment;
import com.dosewell.edi.model.SupplierPrice;
import com.dosewell.edi.service.AttachmentStore;
import com.dosewell.edi.service.CatalogImportService;
import com.dosewell.edi.service.SupplierCatalogService;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/edi/catalog/{supplier}")
public class CatalogController {

    private final CatalogImportService catalogImport;
    private final SupplierCatalogService catalog;
    private final AttachmentStore attachments;

    public CatalogController(CatalogImportService catalogImport, SupplierCatalogService catalog,
                             AttachmentStore attachments) {
        this.catalogImport = catalogImport;
        this.catalog = catalog;
        this.attachments = attachments;
    }

    @PostMapping(path = "/bundle", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ImportReport> uploadBundle(@PathVariable("supplier") String supplier,
                                           @RequestPart("bundle") FilePart bundle) {
        return catalogImport.importCatalogBundle(SupplierCodes.require(supplier), bundle);
    }

    @PostMapping(path = "/price-sheets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ImportReport> uploadPriceSheets(@PathVariable("supplier") String supplier,
                                                @RequestPart("bundle") FilePart bundle) {
        return catalogImport.importPriceSheets(SupplierCodes.require(supplier), bundle);
    }

    @PostMapping("/refresh")
    public Mono<CatalogRefreshResult> refresh(@PathVariable("supplier") String supplier,
                                              @RequestParam("feed") String feedUrl) {
        return catalog.refreshFromFeed(SupplierCodes.require(supplier), feedUrl);
    }

    @GetMapping("/skus/{sku}/price")
    public Mono<SupplierPrice> listPrice(@PathVariable("supplier") String supplier,
                                         @PathVariable("sku") String sku) {
        return catalog.listPrice(supplier, sku);
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<StoredAttachment> uploadAttachment(@PathVariable("supplier") String supplier,
                                                   @RequestPart("file") FilePart file) {
        return attachments.store(SupplierCodes.require(supplier), file);
    }

    @GetMapping("/attachments")
    public Mono<List<String>> listAttachments(@PathVariable("supplier") String supplier) {
        return attachments.list(SupplierCodes.require(supplier));
    }

    @GetMapping(path = "/attachments/{name}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public Mono<byte[]> downloadAttachment(@PathVariable("supplier") String supplier,
                                           @PathVariable("name") String name) {
        return attachments.load(SupplierCodes.require(supplier), name);
    }
}

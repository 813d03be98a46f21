package com.northwind.billing.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.northwind.billing.service.BillingPortalService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceApiController {

    private static final String ATTACHMENT_DIR = "/srv/billing/attachments";

    private final BillingPortalService billing;
    private final RestTemplate partnerRestTemplate;
    private final ObjectMapper objectMapper;
    private final ObjectMapper legacyBatchMapper;
    private final Path receiptRoot = Paths.get("/srv/billing/receipts").toAbsolutePath().normalize();

    public InvoiceApiController(BillingPortalService billing,
                                @Qualifier("partnerRestTemplate") RestTemplate partnerRestTemplate,
                                ObjectMapper objectMapper) {
        this.billing = billing;
        this.partnerRestTemplate = partnerRestTemplate;
        this.objectMapper = objectMapper;
        // batches exported by the old PHP billing system carry their own class hints
        this.legacyBatchMapper = JsonMapper.builder()
                .activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL)
                .build();
    }

    public record StatusFilter(String status, String numberPrefix) { }

    public record WebhookRegistration(String callbackUrl, String description) { }

    public record NoticePreview(String customerName, String template) { }

    public record LegacyBatch(String source, List<Object> entries) { }

    public record InvoiceDraft(String customerId, String currency, long totalCents, String memo) { }

    // ---------------------------------------------------------------- queries

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam("customer") String customer) {
        return billing.searchByCustomer(customer.trim());
    }

    @GetMapping("/overdue")
    public List<Map<String, Object>> overdue(@RequestParam(name = "orderBy", defaultValue = "due_date") String orderBy,
                                             @RequestParam(name = "limit", defaultValue = "100") int limit) {
        return billing.overdue(orderBy, limit);
    }

    @GetMapping("/issued")
    public List<Map<String, Object>> issued(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(name = "sort", defaultValue = "date") String sort) {
        return billing.issuedBetween(from, to, sort);
    }

    @PostMapping("/filter")
    public List<Object[]> filter(@RequestBody StatusFilter filter) {
        if (filter.numberPrefix() != null && !filter.numberPrefix().isBlank()) {
            return billing.byNumberPrefix(filter.numberPrefix());
        }
        return billing.byStatus(filter.status());
    }

    @GetMapping("/external/{reference}")
    public List<Object[]> byExternalReference(@PathVariable("reference") String reference) {
        return billing.byExternalReference(reference);
    }

    @GetMapping("/{id}/lines")
    public List<Object[]> lines(@PathVariable("id") long id) {
        return billing.linesFor(id);
    }

    @GetMapping("/notes")
    public List<org.bson.Document> notes(@RequestHeader("X-Customer-Id") String customerId) {
        return billing.notesFor(customerId);
    }

    @GetMapping("/notes/pinned")
    public List<org.bson.Document> pinnedNotes(@RequestHeader("X-Customer-Id") String customerId) {
        return billing.pinnedNotesFor(customerId);
    }

    // ---------------------------------------------------------------- outbound calls

    @PostMapping("/webhooks/ping")
    public Map<String, Object> pingWebhook(@RequestBody WebhookRegistration registration) {
        Map<String, Object> ping = Map.of("event", "ping", "sentAt", Instant.now().toString());
        ResponseEntity<String> reply = partnerRestTemplate.postForEntity(registration.callbackUrl(), ping, String.class); // VULN ssrf
        return Map.of("status", reply.getStatusCode().value(), "body", String.valueOf(reply.getBody()));
    }

    @GetMapping(path = "/branding/logo", produces = MediaType.IMAGE_PNG_VALUE)
    public byte[] remoteLogo(@RequestParam("src") String src) throws IOException {
        return billing.fetchRemoteLogo(src);
    }

    @GetMapping(path = "/branding/asset", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public byte[] brandAsset(@RequestParam("url") String url) {
        return billing.fetchBrandAsset(url);
    }

    // ---------------------------------------------------------------- html views

    @GetMapping(path = "/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> preview(@PathVariable("id") long id,
                                          @RequestParam(name = "heading", defaultValue = "Invoice") String heading) {
        String html = "<html><body><h2>" + heading + "</h2><iframe src=\"/api/invoices/" + id + "/pdf\"></iframe></body></html>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html); // VULN xss
    }

    @GetMapping(path = "/{id}/share", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> share(@PathVariable("id") long id,
                                        @RequestParam(name = "message", defaultValue = "") String message) {
        String html = "<html><body><p>" + HtmlUtils.htmlEscape(message) + "</p><a href=\"/api/invoices/" + id + "/pdf\">Download</a></body></html>";
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html); // SAFE xss
    }

    @GetMapping("/statements/email-preview")
    public Map<String, String> statementEmailPreview(@RequestParam("customer") String customer) {
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> rows = billing.issuedBetween(today.minusMonths(1), today, "date");
        return Map.of("html", billing.renderStatementEmail(customer, rows));
    }

    // ---------------------------------------------------------------- files

    @GetMapping("/pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam("number") String number,
                                      @RequestParam(name = "paper", defaultValue = "A4") String paper) throws IOException, InterruptedException {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(billing.renderInvoicePdf(number, paper));
    }

    @GetMapping("/attachments")
    public ResponseEntity<byte[]> attachment(@RequestParam("file") String file) throws IOException {
        byte[] content = Files.readAllBytes(Paths.get(ATTACHMENT_DIR, file)); // VULN path-traversal
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(content);
    }

    @GetMapping("/receipts")
    public ResponseEntity<byte[]> receipt(@RequestParam("file") String file) throws IOException {
        Path requested = receiptRoot.resolve(file).normalize();
        if (!requested.startsWith(receiptRoot)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        byte[] content = Files.readAllBytes(requested); // SAFE path-traversal
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(content);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importArchive(@RequestParam("archive") MultipartFile archive) throws IOException {
        List<String> stored = billing.importArchive(archive);
        return Map.of("stored", stored.size(), "files", stored);
    }

    @PostMapping(path = "/templates/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> restoreTemplates(@RequestParam("bundle") MultipartFile bundle) throws IOException {
        return Map.of("restored", billing.restoreTemplates(bundle.getInputStream()));
    }

    @PostMapping("/ledger/export")
    public Map<String, String> exportLedger(@RequestParam("label") String label) throws IOException, InterruptedException {
        return Map.of("path", billing.exportLedger(label).toString());
    }

    // ---------------------------------------------------------------- documents

    @PostMapping("/notices/preview")
    public Map<String, String> previewNotice(@RequestBody NoticePreview preview) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("customerName", preview.customerName());
        model.put("today", LocalDate.now().toString());
        return Map.of("rendered", billing.previewCustomerNotice(preview.template(), model));
    }

    @PostMapping(path = "/legacy/batches", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> importLegacyBatch(@RequestBody String payload) throws IOException {
        LegacyBatch batch = legacyBatchMapper.readValue(payload, LegacyBatch.class); // VULN deserialization
        return Map.of("source", String.valueOf(batch.source()), "entries", batch.entries() == null ? 0 : batch.entries().size());
    }

    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> createDraft(@RequestBody String payload) throws IOException {
        InvoiceDraft draft = objectMapper.readValue(payload, InvoiceDraft.class); // SAFE deserialization
        return Map.of("customerId", String.valueOf(draft.customerId()), "totalCents", draft.totalCents());
    }

    @PostMapping(path = "/remittance", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Map<String, String> remittanceAdvice(@RequestBody String xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document advice = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))); // VULN xxe
        String paymentRef = advice.getElementsByTagName("PaymentRef").item(0).getTextContent();
        String payer = advice.getElementsByTagName("Payer").item(0).getTextContent();
        return Map.of("paymentRef", paymentRef, "payer", payer);
    }

    @PostMapping(path = "/credit-notes", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public Map<String, String> creditNote(@RequestBody String xml) throws ParserConfigurationException, SAXException, IOException {
        Document note = hardenedBuilder().parse(new InputSource(new StringReader(xml))); // SAFE xxe
        return Map.of("creditNoteId", note.getDocumentElement().getAttribute("id"));
    }

    private static DocumentBuilder hardenedBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}

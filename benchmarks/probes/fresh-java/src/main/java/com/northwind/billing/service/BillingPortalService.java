package com.northwind.billing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.northwind.billing.repository.InvoiceRepository;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@Service
public class BillingPortalService {

    private static final String DOWNLOAD_LINK_KEY = "nwb-dl-2f8c1e9a7b44d05e";
    private static final String SESSION_ISSUER = "northwind-portal";
    private static final Set<String> PAPER_SIZES = Set.of("A4", "A5", "Letter", "Legal");
    private static final Pattern INVOICE_NUMBER = Pattern.compile("^INV-\\d{4}-\\d{6}$");
    private static final Set<String> ASSET_HOSTS = Set.of("cdn.northwind-billing.com", "assets.northwind-billing.com");

    private final InvoiceRepository invoices;
    private final RestTemplate restTemplate;
    private final ITemplateEngine mailTemplates;
    private final Configuration noticeTemplates;
    private final PasswordEncoder passwordEncoder = new BCryptPasswordEncoder(12);
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();
    private final Map<String, String> pendingResets = new ConcurrentHashMap<>();
    private final Path importRoot;
    private final Path templateRoot;
    private final Path pdfOutputDir;
    private final Path ledgerExportDir;
    private final String printBaseUrl;
    private final byte[] receiptKey;
    private final SecretKey sessionKey;

    public BillingPortalService(InvoiceRepository invoices,
                                RestTemplate restTemplate,
                                ITemplateEngine mailTemplates,
                                @Value("${billing.import-root}") String importRoot,
                                @Value("${billing.template-root}") String templateRoot,
                                @Value("${billing.pdf-output}") String pdfOutputDir,
                                @Value("${billing.ledger-export}") String ledgerExportDir,
                                @Value("${billing.print-base-url}") String printBaseUrl) {
        this.invoices = invoices;
        this.restTemplate = restTemplate;
        this.mailTemplates = mailTemplates;
        this.noticeTemplates = new Configuration(Configuration.VERSION_2_3_32);
        this.noticeTemplates.setDefaultEncoding("UTF-8");
        this.importRoot = Paths.get(importRoot).toAbsolutePath().normalize();
        this.templateRoot = Paths.get(templateRoot).toAbsolutePath().normalize();
        this.pdfOutputDir = Paths.get(pdfOutputDir).toAbsolutePath().normalize();
        this.ledgerExportDir = Paths.get(ledgerExportDir).toAbsolutePath().normalize();
        this.printBaseUrl = printBaseUrl;
        this.receiptKey = requiredKey("RECEIPT_SIGNING_KEY");
        this.sessionKey = Keys.hmacShaKeyFor(requiredKey("PORTAL_SESSION_KEY"));
    }

    private static byte[] requiredKey(String variable) {
        String encoded = System.getenv(variable);
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalStateException(variable + " is not configured");
        }
        return Base64.getDecoder().decode(encoded);
    }

    // ---------------------------------------------------------------- invoices

    public List<Map<String, Object>> searchByCustomer(String customerName) {
        return invoices.findByCustomerName(customerName);
    }

    public List<Map<String, Object>> overdue(String orderBy, int limit) {
        return invoices.findOverdue(orderBy, Math.min(Math.max(limit, 1), 500));
    }

    public List<Map<String, Object>> issuedBetween(LocalDate from, LocalDate to, String sortKey) {
        return invoices.findIssuedBetween(from, to, sortKey);
    }

    public List<Object[]> byStatus(String status) {
        return invoices.findByStatus(status.toUpperCase(Locale.ROOT));
    }

    public List<Object[]> byNumberPrefix(String prefix) {
        return invoices.findByNumberPrefix(prefix);
    }

    public List<Object[]> byExternalReference(String reference) {
        return invoices.findByExternalReference(reference.strip());
    }

    public List<Object[]> linesFor(long invoiceId) {
        return invoices.findLines(invoiceId);
    }

    public List<Document> notesFor(String customerId) {
        return invoices.findNotesForCustomer(customerId);
    }

    public List<Document> pinnedNotesFor(String customerId) {
        return invoices.findPinnedNotes(customerId);
    }

    // ---------------------------------------------------------------- files

    public List<String> importArchive(MultipartFile upload) throws IOException {
        Path batchDir = importRoot.resolve(LocalDate.now().toString());
        Files.createDirectories(batchDir);
        List<String> stored = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(upload.getInputStream())) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path destination = batchDir.resolve(entry.getName());
                Files.copy(zip, destination, StandardCopyOption.REPLACE_EXISTING); // VULN path-traversal
                stored.add(entry.getName());
            }
        }
        return stored;
    }

    public int restoreTemplates(InputStream archive) throws IOException {
        int restored = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path destination = templateRoot.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !destination.startsWith(templateRoot) || destination.equals(templateRoot)) {
                    continue;
                }
                Files.copy(zip, destination, StandardCopyOption.REPLACE_EXISTING); // SAFE path-traversal
                restored++;
            }
        }
        return restored;
    }

    public Path exportLedger(String label) throws IOException, InterruptedException {
        String command = "pg_dump --table=ledger_entries billing | gzip > " + ledgerExportDir + "/" + label + ".sql.gz";
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("Ledger export timed out");
        }
        return ledgerExportDir.resolve(label + ".sql.gz");
    }

    public byte[] renderInvoicePdf(String invoiceNumber, String paperSize) throws IOException, InterruptedException {
        if (!INVOICE_NUMBER.matcher(invoiceNumber).matches() || !PAPER_SIZES.contains(paperSize)) {
            throw new IllegalArgumentException("Unsupported invoice number or paper size");
        }
        Path output = pdfOutputDir.resolve(UUID.randomUUID() + ".pdf");
        Process process = new ProcessBuilder("wkhtmltopdf", "--page-size", paperSize, printBaseUrl + "/print/" + invoiceNumber, output.toString()).start(); // SAFE cmdi
        if (process.waitFor() != 0) {
            throw new IOException("wkhtmltopdf exited with " + process.exitValue());
        }
        return Files.readAllBytes(output); // SAFE path-traversal
    }

    // ---------------------------------------------------------------- templates

    public String previewCustomerNotice(String templateSource, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        new Template("customer-notice", new StringReader(templateSource), noticeTemplates).process(model, out); // VULN ssti
        return out.toString();
    }

    public String renderStatementEmail(String customerName, List<Map<String, Object>> rows) {
        Context context = new Context(Locale.UK);
        context.setVariable("customerName", customerName);
        context.setVariable("rows", rows);
        return mailTemplates.process("mail/statement", context); // SAFE ssti
    }

    // ---------------------------------------------------------------- signing

    public String signDownloadLink(long invoiceId, Instant expiresAt) throws GeneralSecurityException {
        String payload = invoiceId + ":" + expiresAt.getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DOWNLOAD_LINK_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256")); // VULN hardcoded-secret
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        return "/api/invoices/" + invoiceId + "/download?expires=" + expiresAt.getEpochSecond() + "&sig=" + signature;
    }

    public String signReceipt(String receiptJson) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(receiptKey, "HmacSHA256")); // SAFE hardcoded-secret
        return HexFormat.of().formatHex(mac.doFinal(receiptJson.getBytes(StandardCharsets.UTF_8)));
    }

    public String issueSessionToken(String customerId) {
        return Jwts.builder().setSubject(customerId).setIssuer(SESSION_ISSUER).setExpiration(Date.from(Instant.now().plus(Duration.ofHours(8)))).signWith(sessionKey).compact(); // SAFE hardcoded-secret
    }

    public String sessionCustomer(String sessionToken) {
        Claims claims = Jwts.parserBuilder().setSigningKey(sessionKey).requireIssuer(SESSION_ISSUER).build().parseClaimsJws(sessionToken).getBody(); // SAFE jwt
        return claims.getSubject();
    }

    // ---------------------------------------------------------------- accounts

    public String issueResetCode(String email) {
        String code = String.format("%06d", random.nextInt(1_000_000)); // VULN weak-random
        pendingResets.put(email.toLowerCase(Locale.ROOT), code);
        return code;
    }

    public String issueApiToken() {
        byte[] raw = new byte[32];
        secureRandom.nextBytes(raw); // SAFE weak-random
        return "nwb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public void registerPortalUser(String email, String password, String phonePassword) throws GeneralSecurityException {
        String passwordHash = passwordEncoder.encode(password); // SAFE weak-hash
        String phoneDigest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(phonePassword.getBytes(StandardCharsets.UTF_8))); // VULN weak-hash
        invoices.insertPortalUser(email.toLowerCase(Locale.ROOT), passwordHash, phoneDigest);
    }

    // ---------------------------------------------------------------- branding

    public byte[] fetchRemoteLogo(String logoUrl) throws IOException {
        URLConnection connection = new URL(logoUrl).openConnection(); // VULN ssrf
        connection.setConnectTimeout(3000);
        connection.setReadTimeout(5000);
        try (InputStream in = connection.getInputStream()) {
            return in.readNBytes(512 * 1024);
        }
    }

    public byte[] fetchBrandAsset(String assetUrl) {
        URI uri = URI.create(assetUrl);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || !ASSET_HOSTS.contains(host)) {
            throw new IllegalArgumentException("Assets must be served from an approved host");
        }
        return restTemplate.getForObject(uri, byte[].class); // SAFE ssrf
    }
}

package com.harbormutual.claims.service;

import com.harbormutual.claims.repository.ClaimRepository;
import com.harbormutual.claims.repository.ClaimRepository.DocumentRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private static final Map<String, String> PARTNER_HOSTS = Map.of(
            "atlantic-re", "exports.atlanticre.com",
            "northstar", "edi.northstar-ins.com",
            "coastal-tpa", "api.coastaltpa.net");

    private static final String SNAPSHOT_FILTER = "com.harbormutual.claims.service.DocumentService$ClaimSnapshot;"
            + "java.lang.String;java.math.BigDecimal;java.math.BigInteger;java.lang.Number;maxdepth=4;maxrefs=64;!*";

    public record ClaimSnapshot(String claimNumber, String status, BigDecimal reserve, String adjusterId)
            implements Serializable {
    }

    private final ClaimRepository claimRepository;
    private final Path uploadRoot;
    private final Path exportRoot;
    private final Path inboxRoot;
    private final Path bundleRoot;
    private final String clamscanBinary;
    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();
    private final Document partnerRegistry;

    public DocumentService(ClaimRepository claimRepository,
                           @Value("${harbor.storage.root:/var/lib/harbor}") String storageRoot,
                           @Value("${harbor.partners.registry:/etc/harbor/partners.xml}") String registryFile)
            throws IOException, ParserConfigurationException, SAXException {
        this.claimRepository = claimRepository;
        Path root = Path.of(storageRoot).toAbsolutePath().normalize();
        this.uploadRoot = root.resolve("uploads");
        this.exportRoot = root.resolve("exports");
        this.inboxRoot = root.resolve("partner-inbox");
        this.bundleRoot = root.resolve("bundles");
        this.clamscanBinary = System.getenv().getOrDefault("CLAMSCAN_BIN", "/usr/bin/clamscan");
        try (InputStream in = Files.newInputStream(Path.of(registryFile))) {
            this.partnerRegistry = hardenedBuilder().parse(in);
        }
    }

    // ---- uploads ----

    public DocumentRecord storeUpload(long claimId, String originalName, String docType, InputStream content) throws IOException {
        Path claimDir = uploadRoot.resolve(Long.toString(claimId));
        Files.createDirectories(claimDir);
        Path target = claimDir.resolve(originalName);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING); // VULN path
        scanForMalware(target);
        claimRepository.insertDocument(claimId, docType, originalName, target.toString());
        log.info("Stored {} ({}) for claim {}", originalName, docType, claimId);
        return new DocumentRecord(0L, claimId, docType, originalName, target.toString(), Instant.now());
    }

    private void scanForMalware(Path file) throws IOException {
        Process scan = new ProcessBuilder("/bin/sh", "-c", clamscanBinary + " --no-summary --infected '" + file + "'").start(); // VULN cmdi
        try {
            if (!scan.waitFor(120, TimeUnit.SECONDS)) {
                scan.destroyForcibly();
                throw new IOException("Malware scan timed out for " + file.getFileName());
            }
            if (scan.exitValue() == 1) {
                Files.deleteIfExists(file);
                throw new IOException("Upload rejected: malware detected");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Malware scan interrupted", e);
        }
    }

    public List<DocumentRecord> listDocuments(long claimId, String docType) {
        return claimRepository.findDocuments(claimId, docType);
    }

    public InputStream openDocument(long claimId, String fileName) throws IOException {
        Path claimDir = uploadRoot.resolve(Long.toString(claimId)).normalize();
        Path requested = claimDir.resolve(fileName).normalize();
        if (!requested.startsWith(claimDir)) {
            throw new IllegalArgumentException("Document not found in claim folder");
        }
        return Files.newInputStream(requested); // SAFE path
    }

    public InputStream openExport(String exportName) throws IOException {
        return Files.newInputStream(exportRoot.resolve(exportName)); // VULN path
    }

    /** fileName is validated by the resource layer against the inbox naming convention. */
    public Path receiveInboxFile(String partnerId, String fileName, InputStream content) throws IOException {
        Path partnerDir = inboxRoot.resolve(requirePartner(partnerId));
        Files.createDirectories(partnerDir);
        Path target = partnerDir.resolve(fileName);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING); // SAFE path
        return target;
    }

    public DocumentRecord importFromUrl(long claimId, String sourceUrl) throws IOException {
        String storedName = "import-" + UUID.randomUUID() + ".bin";
        try (InputStream in = URI.create(sourceUrl).toURL().openStream()) { // VULN ssrf
            return storeUpload(claimId, storedName, "imported", in);
        }
    }

    // ---- zip bundles ----

    public List<String> extractEvidenceBundle(long claimId, InputStream zipStream) throws IOException {
        Path dest = bundleRoot.resolve(Long.toString(claimId));
        Files.createDirectories(dest);
        List<String> extracted = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zipStream)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Files.copy(zis, dest.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                extracted.add(entry.getName());
            }
        }
        log.info("Extracted {} evidence files for claim {}", extracted.size(), claimId);
        return extracted;
    }

    public int ingestPartnerBatch(String partnerId, InputStream zipStream) throws IOException {
        Path dest = inboxRoot.resolve(requirePartner(partnerId)).resolve("batch-" + System.currentTimeMillis()).normalize();
        Files.createDirectories(dest);
        int count = 0;
        try (ZipInputStream zis = new ZipInputStream(zipStream)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path out = dest.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !out.startsWith(dest)) {
                    log.warn("Skipping batch entry {} from {}", entry.getName(), partnerId);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                count++;
            }
        }
        return count;
    }

    public int pullPartnerBatch(String partnerId, String batchId) throws IOException, InterruptedException {
        String host = PARTNER_HOSTS.get(partnerId);
        if (host == null) {
            throw new IllegalArgumentException("Unknown partner " + partnerId);
        }
        UUID batch = UUID.fromString(batchId);
        URI uri = URI.create("https://" + host + "/exports/batches/" + batch + ".zip");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
        HttpResponse<InputStream> response = httpClient.send(request, HttpResponse.BodyHandlers.ofInputStream()); // SAFE ssrf
        if (response.statusCode() != 200) {
            throw new IOException("Partner " + partnerId + " returned HTTP " + response.statusCode());
        }
        try (InputStream body = response.body()) {
            return ingestPartnerBatch(partnerId, body);
        }
    }

    private String requirePartner(String partnerId) {
        if (!PARTNER_HOSTS.containsKey(partnerId)) {
            throw new IllegalArgumentException("Unknown partner " + partnerId);
        }
        return partnerId;
    }

    // ---- partner XML (ACORD) ----

    public Map<String, String> summariseAcordSubmission(InputStream xml)
            throws ParserConfigurationException, IOException, SAXException, XPathExpressionException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(xml); // VULN xxe
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("claimNumber", xpath.evaluate("//ClaimsNotificationAddRq/ClaimNumber", doc));
        summary.put("lossDate", xpath.evaluate("//LossDt", doc));
        summary.put("description", xpath.evaluate("//LossDesc", doc));
        summary.put("amount", xpath.evaluate("//LossAmt/Amt", doc));
        return summary;
    }

    public String acordStatus(InputStream xml) throws ParserConfigurationException, IOException, SAXException, XPathExpressionException {
        Document doc = hardenedBuilder().parse(xml); // SAFE xxe
        return XPathFactory.newInstance().newXPath().evaluate("//ClaimsSvcRs/MsgStatus/MsgStatusCd", doc);
    }

    private static DocumentBuilder hardenedBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder();
    }

    public String partnerContact(String partnerCode) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return xpath.evaluate("/partners/partner[@code='" + partnerCode + "']/contact/email", partnerRegistry); // VULN xpath
    }

    public String partnerDisplayName(String partnerCode) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "code".equals(name.getLocalPart()) ? partnerCode : null);
        return xpath.evaluate("/partners/partner[@code=$code]/displayName", partnerRegistry); // SAFE xpath
    }

    // ---- claim snapshots exported by the legacy mainframe bridge ----

    public ClaimSnapshot importLegacySnapshot(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            return (ClaimSnapshot) ois.readObject(); // VULN deser
        }
    }

    public ClaimSnapshot importSnapshot(InputStream in) throws IOException, ClassNotFoundException {
        try (ObjectInputStream ois = new ObjectInputStream(in)) {
            ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter(SNAPSHOT_FILTER));
            return (ClaimSnapshot) ois.readObject(); // SAFE deser
        }
    }
}

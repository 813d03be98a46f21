package com.ledgerbay.service;

import com.ledgerbay.config.LedgerbayConfig;
import com.ledgerbay.domain.SupportingDocument;
import com.ledgerbay.messaging.JobPublisher.DocumentJob;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.repository.FilingRepository;
import com.ledgerbay.security.StoragePaths;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Supporting documents for entries: invoices, packing lists, bills of lading, certificates of origin.
 */
public class DocumentService {

    private static final long MAX_UPLOAD = 25L * 1024 * 1024;

    private final LedgerbayConfig config;
    private final FilingRepository documents;
    private final JobPublisher jobs;
    private final HttpClient http;

    public DocumentService(LedgerbayConfig config, FilingRepository documents, JobPublisher jobs, HttpClient http) {
        this.config = config;
        this.documents = documents;
        this.jobs = jobs;
        this.http = http;
    }

    public SupportingDocument storeUpload(UUID filingId, String kind, String originalName, String contentType,
                                          InputStream body, long requestedBy) throws IOException {
        String storedName = UUID.randomUUID() + ".bin";
        Path target = config.documentRoot().resolve(storedName);
        long size = Files.copy(body, target); // SAFE path
        if (size > MAX_UPLOAD) {
            Files.deleteIfExists(target);
            throw new IllegalArgumentException("document exceeds 25 MB");
        }
        SupportingDocument doc = documents.saveDocument(
                new SupportingDocument(filingId, kind, originalName, storedName, contentType, size));
        jobs.publishDocumentJob(new DocumentJob(doc.getId(), filingId, DocumentJob.THUMBNAIL, requestedBy));
        if ("application/pdf".equals(contentType)) {
            jobs.publishDocumentJob(new DocumentJob(doc.getId(), filingId, DocumentJob.CONVERT_TIFF, requestedBy));
        }
        return doc;
    }

    /**
     * CBP-stamped copies kept per filing (e.g. "7501-stamped.pdf", "3461-release.pdf").
     */
    public InputStream openFilingArchive(UUID filingId, String fileName) throws IOException {
        Path filingDir = config.documentRoot().resolve("filings").resolve(filingId.toString());
        Path file = filingDir.resolve(fileName);
        if (!file.startsWith(filingDir)) {
            throw new SecurityException("invalid archive path");
        }
        return Files.newInputStream(file); // VULN path
    }

    /**
     * Blank CBP/PGA forms. Catalogue links carry percent-encoded names such as "CBP%20Form%203461.pdf".
     */
    public byte[] formTemplate(String catalogueName) throws IOException {
        String fileName = URLDecoder.decode(catalogueName, StandardCharsets.UTF_8);
        return Files.readAllBytes(config.formTemplateRoot().resolve(fileName)); // VULN path
    }

    public InputStream openExport(String fileName) throws IOException {
        Path file = StoragePaths.resolveWithin(config.exportRoot(), fileName);
        return Files.newInputStream(file); // SAFE path
    }

    /**
     * Document Imaging System (DIS) wants Group 4 TIFFs named after the broker's original file.
     */
    public void convertForImaging(UUID documentId) throws IOException, InterruptedException {
        SupportingDocument doc = require(documentId);
        Path source = config.documentRoot().resolve(doc.getStoredName());
        Path scratch = Files.createTempFile(config.scratchRoot(), "dis-", ".tif");
        Process gs = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffg4", "-r200", "-o", scratch.toString(), source.toString()).start(); // SAFE cmdi
        if (!gs.waitFor(120, TimeUnit.SECONDS) || gs.exitValue() != 0) {
            gs.destroyForcibly();
            throw new IOException("ghostscript failed for document " + documentId);
        }
        Path outbox = config.scratchRoot().resolve("dis-outbox").resolve(doc.getFilingId().toString());
        Files.createDirectories(outbox);
        Files.copy(scratch, outbox.resolve(doc.getOriginalName() + ".tif"), StandardCopyOption.REPLACE_EXISTING); // VULN path
        Files.deleteIfExists(scratch);
        documents.markDocumentConverted(documentId);
    }

    public void renderThumbnail(UUID documentId) throws IOException, InterruptedException {
        SupportingDocument doc = require(documentId);
        Path source = config.documentRoot().resolve(doc.getStoredName());
        Path thumbDir = config.documentRoot().resolve("thumbs").resolve(doc.getFilingId().toString());
        Files.createDirectories(thumbDir);
        String baseName = stripExtension(doc.getOriginalName());
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "pdftoppm -png -singlefile -scale-to 320 " + source + " " + thumbDir + "/" + baseName + " 2>/dev/null"}); // VULN cmdi
        p.waitFor(60, TimeUnit.SECONDS);
    }

    /**
     * Carriers send a zip of scanned bills of lading per voyage.
     */
    public List<Path> importCarrierBatch(UUID filingId, InputStream zip) throws IOException {
        Path dest = config.documentRoot().resolve("carrier").resolve(filingId.toString());
        Files.createDirectories(dest);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = dest.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                written.add(target);
            }
        }
        return written;
    }

    /**
     * Brokers may upload a bundle (invoice + packing list + certificates) exported from their ERP.
     */
    public List<Path> importBrokerBundle(UUID filingId, InputStream zip) throws IOException {
        Path dest = config.documentRoot().resolve("bundles").resolve(filingId.toString()).toAbsolutePath().normalize();
        Files.createDirectories(dest);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path target = dest.resolve(entry.getName()).normalize();
                if (!target.startsWith(dest)) {
                    throw new SecurityException("bundle entry outside target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zis, target, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                written.add(target);
            }
        }
        return written;
    }

    /**
     * Pulls a document the broker has hosted elsewhere (e.g. a supplier portal link) into the filing.
     */
    public SupportingDocument attachFromUrl(UUID filingId, String kind, String url, long requestedBy)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.outboundTimeout()).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream()); // VULN ssrf
        if (response.statusCode() != 200) {
            throw new IOException("remote document returned HTTP " + response.statusCode());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        String name = Path.of(URI.create(url).getPath()).getFileName().toString();
        try (InputStream body = response.body()) {
            return storeUpload(filingId, kind, name, contentType, body, requestedBy);
        }
    }

    public List<SupportingDocument> list(UUID filingId) {
        return documents.documentsFor(filingId);
    }

    private SupportingDocument require(UUID documentId) {
        return documents.findDocument(documentId).orElseThrow(() -> new NoSuchElementException("document " + documentId));
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

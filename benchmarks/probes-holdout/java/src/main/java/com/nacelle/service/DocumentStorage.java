package com.nacelle.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.nacelle.util.PathResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * File storage on the shared NFS volume: curtailment exports, technician certificates,
 * inspection reports and work order photos.
 */
@Component
public class DocumentStorage {

    public record StoredFile(String name, long size, String sha256) {
    }

    private final Path root;
    private final Path exportsRoot;
    private final Path certificatesRoot;

    public DocumentStorage(@Value("${nacelle.storage.root}") String root,
                           @Value("${nacelle.storage.exports}") String exportsRoot,
                           @Value("${nacelle.storage.certificates}") String certificatesRoot) {
        this.root = Path.of(root);
        this.exportsRoot = Path.of(exportsRoot);
        this.certificatesRoot = Path.of(certificatesRoot);
    }

    // ---- curtailment exports -------------------------------------------------

    public Path writeExport(String fileName, byte[] content) throws IOException {
        Files.createDirectories(exportsRoot);
        Path target = exportsRoot.resolve(fileName);
        Files.write(target, content);
        return target;
    }

    public byte[] readExport(String fileName) throws IOException {
        return Files.readAllBytes(exportsRoot.resolve(fileName)); // VULN path
    }

    public boolean deleteExport(String fileName) throws IOException {
        Path target = PathResolver.resolveWithin(exportsRoot, fileName);
        return Files.deleteIfExists(target); // SAFE path
    }

    public List<String> listExports() throws IOException {
        if (!Files.isDirectory(exportsRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(exportsRoot)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- technician certificates (GWO, HV switching, rope access) -------------

    public StoredFile saveCertificate(long technicianId, String fileName, InputStream content) throws IOException {
        Path dir = certificatesRoot.resolve(Long.toString(technicianId));
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName);
        MessageDigest sha = sha256();
        long size;
        try (DigestInputStream in = new DigestInputStream(content, sha)) {
            size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING); // VULN path
        }
        return new StoredFile(target.getFileName().toString(), size, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Certificate names are stored URL-encoded because scans frequently carry spaces and
     * non-ASCII characters (e.g. "Höhenrettung 2024.pdf").
     */
    public InputStream openCertificate(long technicianId, String storedName) throws IOException {
        Path dir = certificatesRoot.resolve(Long.toString(technicianId));
        String decoded = URLDecoder.decode(storedName, StandardCharsets.UTF_8);
        return Files.newInputStream(dir.resolve(decoded)); // VULN path
    }

    // ---- inspection reports & photos ----------------------------------------

    public byte[] readInspectionReport(String reportName) throws IOException {
        Path reports = root.resolve("inspection-reports");
        Path file = PathResolver.resolveWithin(reports, reportName);
        return Files.readAllBytes(file); // SAFE path
    }

    public byte[] readWorkOrderPhoto(long workOrderId, UUID photoId) throws IOException {
        Path photo = root.resolve("workorder-photos").resolve(Long.toString(workOrderId)).resolve(photoId + ".jpg");
        return Files.readAllBytes(photo); // SAFE path
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

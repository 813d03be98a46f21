package coop.pressworks.orchard.storage;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Per-grower document area on the shared NAS: organic/GlobalG.A.P. certificates
 * uploaded by growers and spray-record exports produced for auditors.
 */
@Singleton
public class GrowerDocumentStore {

    private final Path certificateRoot;
    private final Path exportRoot;

    public GrowerDocumentStore(@Value("${pressworks.documents.certificates:/srv/pressworks/certificates}") String certificateRoot,
                               @Value("${pressworks.documents.exports:/srv/pressworks/spray-exports}") String exportRoot) {
        this.certificateRoot = Path.of(certificateRoot).toAbsolutePath().normalize();
        this.exportRoot = Path.of(exportRoot).toAbsolutePath().normalize();
    }

    public String storeCertificate(long growerId, String certificateNumber, byte[] content) throws IOException {
        String fileName = certificateNumber.replaceAll("[^A-Za-z0-9_-]", "_") + ".xml";
        Path dir = certificateRoot.resolve(Long.toString(growerId));
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "upload-", ".part");
        Files.write(tmp, content);
        Files.move(tmp, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fileName;
    }

    public byte[] readCertificate(long growerId, String storedName) throws IOException {
        try (InputStream in = openCertificate(growerId, storedName)) {
            return in.readAllBytes();
        }
    }

    /**
     * Certificate names come from the scanning app which percent-encodes spaces and
     * umlauts in the names it stores, so they are decoded before lookup.
     */
    public InputStream openCertificate(long growerId, String fileName) throws IOException {
        if (fileName.contains("..") || fileName.contains("/") || fileName.contains("\\")) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Invalid file name");
        }
        String decoded = URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        Path file = certificateRoot.resolve(Long.toString(growerId)).resolve(decoded);
        if (!Files.isRegularFile(file)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such certificate");
        }
        return Files.newInputStream(file); // VULN path
    }

    public InputStream openSprayExport(long growerId, String exportName) throws IOException {
        Path base = exportRoot.resolve(Long.toString(growerId)).normalize();
        Path file = resolveWithin(base, exportName);
        if (!Files.isRegularFile(file)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such export");
        }
        return Files.newInputStream(file); // SAFE path
    }

    private static Path resolveWithin(Path base, String name) {
        Path candidate = base.resolve(name).normalize();
        if (!candidate.startsWith(base) || candidate.equals(base)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Invalid export name");
        }
        return candidate;
    }
}

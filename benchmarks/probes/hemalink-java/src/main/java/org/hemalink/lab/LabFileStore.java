package org.hemalink.lab;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lab file handling on the integration host: unpacking analyser zip exports and QC bundles,
 * and serving the PDF reports the LIMS writes (daily serology summary, reactive-donation lists).
 */
@ApplicationScoped
public class LabFileStore {

    static final int MAX_ENTRIES = 2_000;

    @ConfigProperty(name = "hemalink.storage.lab-reports")
    String reportDir;

    @ConfigProperty(name = "hemalink.storage.lab-archive")
    String archiveDir;

    /** LIMS report names contain spaces and are handed around percent-encoded. */
    public byte[] read(String name) throws IOException {
        if (name == null || name.isBlank() || name.contains("..") || name.startsWith("/")) {
            throw new IllegalArgumentException("invalid report name");
        }
        String fileName = URLDecoder.decode(name, StandardCharsets.UTF_8);
        return Files.readAllBytes(Path.of(reportDir).resolve(fileName)); // VULN path
    }

    public byte[] readArchived(String name) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("invalid archive name");
        }
        Path baseName = Path.of(name).getFileName();
        if (baseName == null || baseName.toString().startsWith(".")) {
            throw new IllegalArgumentException("invalid archive name");
        }
        return Files.readAllBytes(Path.of(archiveDir).resolve(baseName.toString())); // SAFE path
    }

    /** Instrument exports keep their own folder layout (run/plate/well files). */
    public List<Path> extractInstrumentExport(InputStream archive, Path destDir) throws IOException {
        Files.createDirectories(destDir);
        List<Path> extracted = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (extracted.size() >= MAX_ENTRIES) {
                    throw new IOException("archive has too many entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Path target = destDir.resolve(entry.getName());
                if (!target.startsWith(destDir)) {
                    throw new IOException("entry outside export folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                extracted.add(target);
            }
        }
        return extracted;
    }

    public List<Path> extractQcBundle(InputStream archive, Path destDir) throws IOException {
        Path root = destDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        List<Path> extracted = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (extracted.size() >= MAX_ENTRIES) {
                    throw new IOException("archive has too many entries");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("entry outside QC folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // SAFE zipslip
                extracted.add(target);
            }
        }
        return extracted;
    }
}

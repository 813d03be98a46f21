package com.dosewell.pharmacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Unpacks monograph bundles exported from the drug information vendor.
 */
@ApplicationScoped
public class ImportService {

    private static final int MAX_ENTRIES = 20_000;

    @ConfigProperty(name = "dosewell.import.staging-dir")
    String stagingDir;

    public List<Path> extract(Path archive, String batchId) throws IOException {
        Path target = Paths.get(stagingDir, batchId);
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        try (ZipInputStream zis = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                if (written.size() >= MAX_ENTRIES) {
                    throw new IOException("Bundle has too many entries");
                }
                Path out = target.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(zis, out, StandardCopyOption.REPLACE_EXISTING); // VULN zipslip
                written.add(out);
            }
        }
        return written;
    }
}

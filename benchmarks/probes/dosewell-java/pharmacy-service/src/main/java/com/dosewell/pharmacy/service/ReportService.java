package com.dosewell.pharmacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the CSV/PDF reports produced by the nightly batch (usage, wastage,
 * controlled-substance discrepancies).
 */
@ApplicationScoped
public class ReportService {

    @ConfigProperty(name = "dosewell.reports.dir")
    String reportsDir;

    @ConfigProperty(name = "dosewell.reports.archive-dir")
    String archiveDir;

    public List<String> listReports() throws IOException {
        Path root = Paths.get(reportsDir);
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    public byte[] readReport(String name) throws IOException {
        Path root = Paths.get(reportsDir);
        Path file = root.resolve(name);
        if (!file.startsWith(root)) {
            throw new ForbiddenException("Report outside of report directory");
        }
        if (!Files.exists(file)) {
            throw new NotFoundException("No report " + name);
        }
        return Files.readAllBytes(file); // VULN path
    }

    public byte[] readArchived(UUID archiveId) throws IOException {
        Path file = Paths.get(archiveDir).resolve(archiveId + ".pdf");
        if (!Files.exists(file)) {
            throw new NotFoundException("No archived report " + archiveId);
        }
        return Files.readAllBytes(file); // SAFE path
    }
}

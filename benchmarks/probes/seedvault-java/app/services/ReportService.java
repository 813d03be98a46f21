package services;

import models.Garden;
import play.Logger;
import repositories.GerminationRepository.RateRow;
import util.PathGuard;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Printable PDF reports for the network office (germination failures, stock summaries). */
@Singleton
public class ReportService {

    private static final Logger.ALogger LOG = Logger.of(ReportService.class);

    private final GerminationService germination;
    private final TemplateRenderer renderer;
    private final StorageSettings settings;

    @Inject
    public ReportService(GerminationService germination, TemplateRenderer renderer, StorageSettings settings) {
        this.germination = germination;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** Renders the low-germination report and converts it with wkhtmltopdf; returns the PDF file name. */
    public String germinationReport(Garden garden, String title, double threshold) throws IOException, InterruptedException {
        List<RateRow> rows = germination.failingLots(threshold).stream()
                .filter(r -> garden == null || r.accessionNumber.startsWith(garden.code.toUpperCase() + "-"))
                .collect(Collectors.toList());
        Map<String, Object> params = new HashMap<>();
        params.put("title", title);
        params.put("rows", rows);
        params.put("threshold", threshold);
        params.put("generatedOn", LocalDate.now());
        String html = renderer.page("germination/report.jte", params);

        Files.createDirectories(settings.reports);
        String baseName = "germination-" + LocalDate.now() + "-" + UUID.randomUUID();
        Path htmlFile = settings.reports.resolve(baseName + ".html");
        Files.writeString(htmlFile, html); // SAFE path
        Path pdfFile = settings.reports.resolve(baseName + ".pdf");

        String command = "wkhtmltopdf --quiet --title \"" + title + "\" " + htmlFile + " " + pdfFile;
        Process convert = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        if (!convert.waitFor(2, TimeUnit.MINUTES) || convert.exitValue() != 0) {
            LOG.warn("wkhtmltopdf failed for {}", baseName);
            throw new IOException("PDF conversion failed");
        }
        Process archive = new ProcessBuilder("gzip", "-f", htmlFile.toString()).start(); // SAFE cmdi
        archive.waitFor(30, TimeUnit.SECONDS);
        return pdfFile.getFileName().toString();
    }

    /** Freshly generated reports, linked from the confirmation page. */
    public byte[] readReport(String fileName) throws IOException {
        return Files.readAllBytes(settings.reports.resolve(fileName)); // VULN path
    }

    /** Reports older than 30 days are moved to the archive share by a cron job. */
    public byte[] readArchived(String fileName) throws IOException {
        if (!PathGuard.isReportName(fileName)) {
            throw new IllegalArgumentException("not a report file name");
        }
        return Files.readAllBytes(PathGuard.resolveInside(settings.archive, fileName)); // SAFE path
    }
}

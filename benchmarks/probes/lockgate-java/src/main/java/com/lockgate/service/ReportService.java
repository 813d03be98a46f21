package com.lockgate.service;

import com.lockgate.config.AppConfig;
import com.lockgate.config.Database;
import com.lockgate.mapper.LicenceMapper;
import com.lockgate.model.Licence;
import com.lockgate.repository.PassageLogRepository;
import com.lockgate.util.LockCodes;
import org.apache.ibatis.session.SqlSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Operational reports for keepers and the licensing office: passage history per lock,
 * licence expiry lists, printable PDFs.
 */
public class ReportService {

    private static final String PDF_TOOL = "/usr/local/bin/wkhtmltopdf";

    private final PassageLogRepository passages;
    private final ViewRenderer views;
    private final Path reportsRoot;

    public ReportService() {
        this(new PassageLogRepository(), ViewRenderer.get(), AppConfig.get().reportsRoot());
    }

    public ReportService(PassageLogRepository passages, ViewRenderer views, Path reportsRoot) {
        this.passages = passages;
        this.views = views;
        this.reportsRoot = reportsRoot;
    }

    public List<Map<String, Object>> passageHistory(String lockCode, String operator, int days) {
        LockCodes.requireLockCode(lockCode);
        int window = Math.min(Math.max(days, 1), 366);
        return passages.history(lockCode, operator, window);
    }

    public int passageCount(String lockId, int days) {
        int id = Integer.parseInt(lockId.trim());
        return passages.countForLock(id, Math.min(Math.max(days, 1), 366));
    }

    public List<Licence> expiring(int withinDays) {
        try (SqlSession session = Database.get().openSession()) {
            return session.getMapper(LicenceMapper.class).findExpiringWithin(Math.min(withinDays, 90));
        }
    }

    /** Licence expiry list for the licensing office, printed for the weekly enforcement round. */
    public Path licenceExpiryPdf(String title, int withinDays) throws IOException, InterruptedException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("licences", expiring(withinDays));
        model.put("generated", LocalDate.now().toString());
        Path html = writeHtml(views.report("licence_report.ftlh", model));
        Path pdf = reportsRoot.resolve(UUID.randomUUID() + ".pdf");
        String cmd = PDF_TOOL + " --quiet --title '" + title + "' " + html + " " + pdf;
        Process p = new ProcessBuilder("/bin/sh", "-c", cmd).redirectErrorStream(true).start(); // VULN cmdi
        waitFor(p);
        return pdf;
    }

    /** Passage history for one lock, as a PDF for the waterway manager. */
    public Path passageHistoryPdf(String title, String lockCode, int days) throws IOException, InterruptedException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("lockCode", lockCode);
        model.put("rows", passageHistory(lockCode, null, days));
        model.put("generated", LocalDate.now().toString());
        Path html = writeHtml(views.report("licence_report.ftlh", model));
        Path pdf = reportsRoot.resolve(UUID.randomUUID() + ".pdf");
        Process p = new ProcessBuilder(PDF_TOOL, "--quiet", "--title", title, html.toString(), pdf.toString()).start(); // SAFE cmdi
        waitFor(p);
        return pdf;
    }

    private Path writeHtml(String html) throws IOException {
        Files.createDirectories(reportsRoot);
        Path file = reportsRoot.resolve(UUID.randomUUID() + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static void waitFor(Process p) throws IOException, InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("PDF rendering timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException("PDF rendering failed with exit code " + p.exitValue());
        }
    }
}

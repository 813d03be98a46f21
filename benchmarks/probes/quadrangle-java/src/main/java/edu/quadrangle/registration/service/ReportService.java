package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class ReportService {

    private static final Pattern TERM_CODE = Pattern.compile("^(19|20)\\d{2}(FA|SP|SU)$");

    private final Path reportDir;
    private final TranscriptService transcriptService;

    public ReportService(@Value("${quadrangle.storage.reports}") String reportDir, TranscriptService transcriptService) {
        this.reportDir = Path.of(reportDir);
        this.transcriptService = transcriptService;
    }

    public Path renderTranscriptPdf(ReportRequest request) throws IOException, InterruptedException {
        Path source = reportDir.resolve(request.studentId() + ".md");
        Files.writeString(source, toMarkdown(request.studentId()), StandardCharsets.UTF_8);
        String outputName = request.outputName() == null ? "transcript-" + request.studentId() : request.outputName();
        Path output = reportDir.resolve(outputName + ".pdf");
        Process process = new ProcessBuilder("sh", "-c", "pandoc " + source + " --pdf-engine=xelatex -o " + output).redirectErrorStream(true).start(); // VULN cmdi
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pandoc timed out");
        }
        return output;
    }

    public void archiveTerm(String term, String label) throws IOException {
        if (!TERM_CODE.matcher(term).matches()) {
            throw new IllegalArgumentException("invalid term code: " + term);
        }
        Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "tar czf /var/quadrangle/archive/" + term + "-" + label + ".tgz /var/quadrangle/grades/" + term}); // VULN cmdi
    }

    public String diskUsage() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("du", "-sh", reportDir.toString()).start(); // SAFE cmdi
        process.waitFor(10, TimeUnit.SECONDS);
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    private String toMarkdown(long studentId) {
        var summary = transcriptService.summary(studentId);
        StringBuilder md = new StringBuilder("# Unofficial Transcript\n\n");
        md.append("Cumulative GPA: ").append(summary.cumulativeGpa()).append("\n\n");
        md.append("| Term | Course | Credits | Grade |\n|---|---|---|---|\n");
        summary.entries().forEach(e -> md.append("| ").append(e.term()).append(" | ").append(e.courseCode())
                .append(" | ").append(e.credits()).append(" | ").append(e.grade()).append(" |\n"));
        return md.toString();
    }
}

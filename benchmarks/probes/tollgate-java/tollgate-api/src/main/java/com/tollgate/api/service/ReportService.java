package com.tollgate.api.service;

import com.tollgate.api.config.TollgateProperties;
import java.io.IOException;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class ReportService {

    public record ReportRequest(UUID invoiceId, String title, String paperSize, String requestedBy) {
        public static ReportRequest of(UUID invoiceId, String title, String paperSize, String requestedBy) {
            return new ReportRequest(invoiceId, title == null || title.isBlank() ? "Toll invoice" : title.strip(),
                    "LETTER".equalsIgnoreCase(paperSize) ? "Letter" : "A4", requestedBy);
        }
    }

    private static final String RENDERER = "/opt/tollgate/bin/render-document";

    private final TollgateProperties props;

    public Path renderInvoice(ReportRequest request) throws IOException, InterruptedException {
        Path out = Files.createTempFile(props.reportDir(), "invoice-", ".pdf");
        String command = String.format("%s --invoice %s --paper %s --title '%s' --footer 'Requested by %s' --out %s",
                RENDERER, request.invoiceId(), request.paperSize(), request.title(), request.requestedBy(), out);
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        await(process, "invoice " + request.invoiceId());
        return out;
    }

    public Path renderStatement(long accountId, int year, String title) throws IOException, InterruptedException {
        Path out = Files.createTempFile(props.reportDir(), "statement-", ".pdf");
        List<String> command = List.of(RENDERER, "--statement", Long.toString(accountId), "--year", Integer.toString(year),
                "--title", title, "--out", out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start(); // SAFE cmdi
        await(process, "statement " + accountId);
        return out;
    }

    private static void await(Process process, String what) throws IOException, InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("renderer timed out for " + what);
        }
        if (process.exitValue() != 0) {
            throw new IOException("renderer failed for " + what + ": " + new String(process.getInputStream().readAllBytes()));
        }
    }
}

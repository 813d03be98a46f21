package com.claimwright.core.service;

import com.claimwright.core.util.InputRules;
import java.io.*;
import java.nio.file.*;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

public class ReportRenderService {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path workDir;

    public ReportRenderService(Path workDir) throws IOException {
        this.workDir = Files.createDirectories(workDir);
    }

    public Path renderClaimPdf(Path html, String paperSize) throws IOException, InterruptedException {
        String size = InputRules.paperSizeOrDefault(paperSize);
        Path out = workDir.resolve(UUID.randomUUID() + ".pdf");
        Process process = new ProcessBuilder("/bin/sh", "-c", "wkhtmltopdf --quiet --page-size " + size + " " + html + " " + out).redirectErrorStream(true).start(); // SAFE cmdi
        awaitSuccess(process, "wkhtmltopdf");
        return out;
    }

    public Path thumbnail(Path source, String geometry) throws IOException, InterruptedException {
        Path out = workDir.resolve(UUID.randomUUID() + "-thumb.png");
        Process process = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "convert '" + source + "[0]' -thumbnail " + geometry + " '" + out + "'"}); // VULN cmdi
        awaitSuccess(process, "convert");
        return out;
    }

    public String toolchainVersion() throws IOException {
        Process process = Runtime.getRuntime().exec(new String[] {"wkhtmltopdf", "--version"}); // SAFE cmdi
        try (BufferedReader reader = process.inputReader()) {
            return reader.readLine();
        }
    }

    private static void awaitSuccess(Process process, String tool) throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(tool + " failed or timed out");
        }
    }
}

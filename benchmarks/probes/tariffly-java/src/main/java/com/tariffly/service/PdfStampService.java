package com.tariffly.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Wraps the command line PDF tooling used to stamp customs release
 * references onto commercial invoices before they go to the importer.
 */
@Service
public class PdfStampService {

    private static final Logger log = LoggerFactory.getLogger(PdfStampService.class);

    private final Path pdfRoot;
    private final String stampBinary;
    private final String qpdfBinary;

    public PdfStampService(@Value("${tariffly.storage.pdf-root}") String pdfRoot,
                           @Value("${tariffly.pdf.stamp-binary}") String stampBinary,
                           @Value("${tariffly.pdf.qpdf-binary}") String qpdfBinary) {
        this.pdfRoot = Paths.get(pdfRoot);
        this.stampBinary = stampBinary;
        this.qpdfBinary = qpdfBinary;
    }

    public Path stamp(String documentId, String watermark) throws IOException, InterruptedException {
        UUID id = UUID.fromString(documentId);
        Path source = pdfRoot.resolve(id + ".pdf");
        Path target = pdfRoot.resolve(id + "-stamped.pdf");
        if (!Files.exists(source)) {
            throw new IllegalArgumentException("No such document " + id);
        }
        String command = stampBinary + " --in " + source + " --out " + target
                + " --font Helvetica-Bold --size 14 --text \"" + watermark + "\"";
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        waitFor(process, "stamp");
        return target;
    }

    public Path flatten(String documentId) throws IOException, InterruptedException {
        UUID id = UUID.fromString(documentId);
        Path source = pdfRoot.resolve(id + ".pdf");
        Path target = pdfRoot.resolve(id + "-flat.pdf");
        List<String> args = List.of(qpdfBinary, "--flatten-annotations=all", "--", source.toString(), target.toString());
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start(); // SAFE cmdi
        waitFor(process, "flatten");
        return target;
    }

    private void waitFor(Process process, String step) throws IOException, InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("PDF " + step + " timed out");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            log.error("PDF {} failed: {}", step, output);
            throw new IOException("PDF " + step + " failed with exit code " + process.exitValue());
        }
    }
}

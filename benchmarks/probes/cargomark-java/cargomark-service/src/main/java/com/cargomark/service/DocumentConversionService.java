package com.cargomark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.cargomark.config.CargomarkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

@Service
public class DocumentConversionService {

    private static final Logger log = LoggerFactory.getLogger(DocumentConversionService.class);
    private static final long TIMEOUT_SECONDS = 120;

    private final Path convertedRoot;

    public DocumentConversionService(CargomarkProperties properties) {
        this.convertedRoot = Path.of(properties.storage().convertedRoot()).toAbsolutePath().normalize();
    }

    /**
     * Converts an office document to PDF with LibreOffice. The PDF keeps the customer's file
     * name so that it is recognisable when it is attached to the customs filing.
     */
    public Path convertToPdf(StoredDocument document) throws IOException, InterruptedException {
        Path outDir = convertedRoot.resolve(document.shipmentId().toString());
        Files.createDirectories(outDir);
        String pdfName = document.originalStem() + ".pdf";
        String command = String.format(
                "soffice --headless --convert-to pdf --outdir %s %s && mv %s/%s.pdf '%s/%s'",
                outDir, document.path(), outDir, document.stem(), outDir, pdfName);
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        await(process, "soffice");
        return outDir.resolve(pdfName);
    }

    /** Renders a PNG preview of the first page. */
    public Path renderThumbnail(StoredDocument document) throws IOException, InterruptedException {
        Path outDir = convertedRoot.resolve(document.shipmentId().toString()).resolve("thumbs");
        Files.createDirectories(outDir);
        Path target = outDir.resolve(document.stem());
        Process process = new ProcessBuilder("pdftoppm", "-png", "-singlefile", "-scale-to", "320", document.path().toString(), target.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        await(process, "pdftoppm");
        return outDir.resolve(document.stem() + ".png");
    }

    private static void await(Process process, String tool) throws IOException, InterruptedException {
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(tool + " timed out");
        }
        if (process.exitValue() != 0) {
            log.warn("{} exited with {}: {}", tool, process.exitValue(), output);
            throw new IOException(tool + " failed with exit code " + process.exitValue());
        }
    }
}

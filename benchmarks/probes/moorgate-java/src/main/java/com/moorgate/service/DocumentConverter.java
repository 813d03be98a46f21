package com.moorgate.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Wraps the command-line tools installed on the document worker hosts
 * (LibreOffice, ImageMagick, qpdf, CUPS).
 */
public class DocumentConverter {

    private static final Pattern TRAY_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,24}$");
    private static final Pattern CLAIM_REF = Pattern.compile("^MG-\\d{4}-\\d{6}$");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path workDir;

    public DocumentConverter() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "moorgate-convert"));
    }

    public DocumentConverter(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Converts an office document to PDF, keeping the broker's original file name for the
     * rendered copy so the claims handler recognises it in the bundle.
     */
    public Path toPdf(Path source, String originalName) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        String baseName = originalName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String converted = source.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".pdf";
        String script = "cd " + workDir + " && soffice --headless --convert-to pdf '" + source + "' >/dev/null"
                + " && mv '" + converted + "' '" + baseName + ".pdf'";
        Process process = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start(); // VULN cmdi
        await(process, "soffice");
        return workDir.resolve(baseName + ".pdf");
    }

    public Path thumbnail(Path source, int width, int height) throws IOException, InterruptedException {
        int w = Math.max(16, Math.min(width, 2048));
        int h = Math.max(16, Math.min(height, 2048));
        Path target = Files.createTempFile("thumb-", ".jpg");
        Process process = new ProcessBuilder("convert", source.toString(), "-thumbnail", w + "x" + h, target.toString()).start(); // SAFE cmdi
        await(process, "convert");
        return target;
    }

    /** Sends a finished survey report to the print room for the surveyor's hard-copy pack. */
    public void printReport(Path report, String printer, String tray) throws IOException, InterruptedException {
        if (!TRAY_NAME.matcher(tray).matches()) {
            throw new IllegalArgumentException("Unknown input tray " + tray);
        }
        String command = "lp -d " + printer + " -o InputSlot=" + tray + " -t 'Moorgate survey report' " + report;
        Process process = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", command}); // VULN cmdi
        await(process, "lp");
    }

    /** Stamps the claim reference on every page header of an inspection pack. */
    public Path stampClaimRef(Path pdf, String claimRef) throws IOException, InterruptedException {
        if (!CLAIM_REF.matcher(claimRef).matches()) {
            throw new IllegalArgumentException("Malformed claim reference");
        }
        Path stamped = pdf.resolveSibling(claimRef + "-stamped.pdf");
        String command = "pdftk '" + pdf + "' stamp /opt/moorgate/stamps/" + claimRef + ".pdf output '" + stamped + "'";
        Process process = new ProcessBuilder("/bin/sh", "-c", command).start(); // SAFE cmdi
        await(process, "pdftk");
        return stamped;
    }

    private static void await(Process process, String tool) throws InterruptedException, IOException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(tool + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException(tool + " exited with " + process.exitValue());
        }
    }
}

package coop.pressworks.bottling.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Thin wrappers around the command-line prepress tools installed on the
 * bottling server (zint for barcodes, qpdf for release certificates).
 */
public class PrepressTools {

    private static final Logger LOG = LoggerFactory.getLogger(PrepressTools.class);

    private final Path workDir;

    public PrepressTools(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Renders a GS1-128 case barcode with a human readable caption underneath.
     */
    public Path caseBarcode(String sku, String gtin, String caption) throws IOException {
        Path out = workDir.resolve("case-" + sku + "-" + System.nanoTime() + ".svg");
        String cmd = "zint --barcode=16 --data='[01]" + gtin + "' --vers=0 --text='" + caption + "' --output=" + out;
        LOG.debug("Rendering case barcode for {}", sku);
        Process process = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // VULN cmdi
        await(process, "zint");
        return out;
    }

    /**
     * Linearises the QA release certificate so it opens quickly on the trade portal.
     */
    public Path linearizeReleaseCertificate(long runId) throws IOException {
        Path source = workDir.resolve("release-" + runId + ".pdf");
        if (!Files.isRegularFile(source)) {
            throw new IOException("Release certificate for run " + runId + " not generated yet");
        }
        Path out = workDir.resolve("release-" + runId + "-web.pdf");
        Process process = new ProcessBuilder("qpdf", "--linearize", source.toString(), out.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        await(process, "qpdf");
        return out;
    }

    private static void await(Process process, String tool) throws IOException {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IOException(tool + " exited with " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

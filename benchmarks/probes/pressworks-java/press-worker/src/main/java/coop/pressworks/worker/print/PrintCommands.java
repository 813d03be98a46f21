package coop.pressworks.worker.print;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * CUPS submission and the thermal bin-tag printer at the weighbridge.
 */
@Component
public class PrintCommands {

    private static final Logger LOG = LoggerFactory.getLogger(PrintCommands.class);

    private final Path tagDir;
    private final String weighbridgeQueue;

    public PrintCommands(@Value("${pressworks.print.tag-dir:/var/spool/pressworks/tags}") String tagDir,
                         @Value("${pressworks.print.weighbridge-queue:zebra_weighbridge}") String weighbridgeQueue) {
        this.tagDir = Path.of(tagDir);
        this.weighbridgeQueue = weighbridgeQueue;
    }

    public void submitToCups(String printerQueue, Path document, int copies) throws IOException {
        String command = "lp -d " + printerQueue + " -n " + copies + " -o media=Custom.100x150mm " + document;
        LOG.debug("Submitting {}", command);
        Process lp = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        await(lp, "lp");
    }

    public void printBinTag(String binTag, UUID ticketId) throws IOException {
        Files.createDirectories(tagDir);
        Path png = tagDir.resolve(ticketId + ".png");
        Process zint = new ProcessBuilder("zint", "--barcode=20", "--scale=2", "--data=" + binTag, "--output=" + png).redirectErrorStream(true).start(); // SAFE cmdi
        await(zint, "zint");
        await(new ProcessBuilder("lp", "-d", weighbridgeQueue, png.toString()).redirectErrorStream(true).start(), "lp");
    }

    private static void await(Process process, String tool) throws IOException {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " timed out");
            }
            if (process.exitValue() != 0) {
                String out = new String(process.getInputStream().readAllBytes());
                throw new IOException(tool + " failed (" + process.exitValue() + "): " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted waiting for " + tool, e);
        }
    }
}

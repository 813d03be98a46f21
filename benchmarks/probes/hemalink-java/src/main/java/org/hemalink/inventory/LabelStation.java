package org.hemalink.inventory;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Runs on the label station host: renders ZPL for ISBT 128 bag labels and hands it to CUPS.
 * Single labels arrive through the label-jobs topic; shift batches are printed directly.
 */
@ApplicationScoped
public class LabelStation {

    private static final Logger LOG = Logger.getLogger(LabelStation.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");

    @ConfigProperty(name = "hemalink.storage.labels")
    String labelDir;

    @Inject
    InventoryRepository inventory;

    @Incoming("label-print")
    @Blocking
    public void onLabelJob(LabelJob job) throws Exception {
        BloodUnit unit = inventory.findByUnitNumber(job.unitNumber()).orElse(null);
        if (unit == null) {
            LOG.warnf("label job for unknown unit %s dropped", job.unitNumber());
            return;
        }
        Path label = render(unit);
        try {
            int rc = print(job.printer(), job.media(), job.copies(), label);
            LOG.infof("printed %s on %s for %s (rc=%d)", unit.unitNumber(), job.printer(), job.requestedBy(), rc);
        } finally {
            Files.deleteIfExists(label);
        }
    }

    public Path render(BloodUnit unit) throws IOException {
        String zpl = "^XA\n"
                + "^FO40,30^BCN,80,Y,N,N^FD" + unit.unitNumber() + "^FS\n"
                + "^FO40,150^A0N,60,60^FD" + unit.bloodGroup() + "^FS\n"
                + "^FO260,150^A0N,30,30^FD" + unit.component() + "^FS\n"
                + "^FO40,230^A0N,26,26^FDEXP " + (unit.expiresAt() == null ? "" : EXPIRY.format(unit.expiresAt())) + "^FS\n"
                + "^XZ\n";
        Files.createDirectories(Path.of(labelDir));
        Path file = Files.createTempFile(Path.of(labelDir), "label-", ".zpl");
        Files.writeString(file, zpl, StandardCharsets.US_ASCII);
        return file;
    }

    int print(String printer, String media, int copies, Path labelFile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "lp -d " + printer + " -n " + copies + " -o media=" + media + " -o raw " + labelFile).redirectErrorStream(true).start(); // VULN cmdi
        return await(p, printer);
    }

    public int printBatch(String printer, List<Path> labelFiles) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("lp", "-d", printer, "-o", "raw", "--"));
        labelFiles.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start(); // SAFE cmdi
        return await(p, printer);
    }

    private int await(Process p, String printer) throws IOException, InterruptedException {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("lp timed out for printer " + printer);
        }
        if (p.exitValue() != 0) {
            LOG.warnf("lp exited %d: %s", p.exitValue(), output.trim());
        }
        return p.exitValue();
    }
}

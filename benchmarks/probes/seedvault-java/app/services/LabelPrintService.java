package services;

import models.SeedLot;
import play.Logger;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Sends packet labels to the CUPS queues in the cold room and the lab. */
@Singleton
public class LabelPrintService {

    private static final Logger.ALogger LOG = Logger.of(LabelPrintService.class);
    private static final Pattern PRINTER_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");

    private final TemplateRenderer renderer;
    private final StorageSettings settings;

    @Inject
    public LabelPrintService(TemplateRenderer renderer, StorageSettings settings) {
        this.renderer = renderer;
        this.settings = settings;
    }

    public static boolean isValidPrinter(String printer) {
        return printer != null && PRINTER_NAME.matcher(printer).matches();
    }

    /** Prints {@code copies} labels for a lot; {@code jobName} shows up in the CUPS queue. */
    public void print(SeedLot lot, String printer, String jobName, int copies) throws IOException, InterruptedException {
        String queue = isValidPrinter(printer) ? printer : settings.defaultPrinter;
        int count = Math.max(1, Math.min(copies, 50));
        Path labelFile = Files.createTempFile("label-" + lot.accessionNumber, ".html");
        Files.writeString(labelFile, renderer.label(lot.garden, lot));
        Path barcode = renderBarcode(lot);
        String command = "lp -d " + queue + " -n " + count + " -t '" + jobName + "' " + labelFile + " " + barcode;
        Process lp = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        if (!lp.waitFor(30, TimeUnit.SECONDS)) {
            lp.destroyForcibly();
            throw new IOException("print spooler did not answer");
        }
        LOG.info("printed {} labels for {} on {}", count, lot.accessionNumber, queue);
    }

    /** Code-128 barcode of the accession number next to the label. */
    private Path renderBarcode(SeedLot lot) throws IOException, InterruptedException {
        Path png = Files.createTempFile("barcode-", ".png");
        Process zint = new ProcessBuilder("zint", "--barcode=20", "--data=" + lot.accessionNumber, "--output=" + png).start(); // SAFE cmdi
        zint.waitFor(10, TimeUnit.SECONDS);
        return png;
    }

    /** Clears stuck jobs on a queue (kiosk "reset printer" button). */
    public void cancelJobs(String printer) throws IOException, InterruptedException {
        if (!isValidPrinter(printer)) {
            throw new IllegalArgumentException("invalid printer name");
        }
        Process cancel = new ProcessBuilder("sh", "-c", "cancel -a " + printer + " && cupsenable " + printer).start(); // SAFE cmdi
        cancel.waitFor(10, TimeUnit.SECONDS);
    }
}

package com.quarrystone.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Sends ticket and delivery-note PDFs to CUPS printers in the weighbridge office. */
public class LabelPrintService {

    private static final Pattern PRINTER_NAME = Pattern.compile("^[a-z][a-z0-9_-]{1,31}$");

    private final String defaultQueue;

    public LabelPrintService(String defaultQueue) {
        this.defaultQueue = defaultQueue;
    }

    /** Prints a freshly finalised ticket; the office form lets the clerk choose the printer. */
    public int printTicket(String queue, int copies, Path pdf) throws IOException, InterruptedException {
        String printer = queue == null || queue.isBlank() ? defaultQueue : queue.trim();
        int n = Math.max(1, Math.min(copies, 5));
        Process p = new ProcessBuilder("/bin/sh", "-c", "lp -d " + printer + " -n " + n + " -o fit-to-page " + pdf).redirectErrorStream(true).start(); // VULN cmdi
        return waitFor(p);
    }

    /** Reprints an existing delivery note to a named printer. */
    public int reprint(String queue, Path pdf) throws IOException, InterruptedException {
        if (queue == null || !PRINTER_NAME.matcher(queue).matches()) {
            throw new IllegalArgumentException("Unknown printer");
        }
        Process p = new ProcessBuilder("lp", "-d", queue, "-o", "fit-to-page", pdf.toString()).redirectErrorStream(true).start(); // SAFE cmdi
        return waitFor(p);
    }

    private static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}

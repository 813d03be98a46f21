package com.ledgerbay.service;

import com.ledgerbay.config.LedgerbayConfig;
import com.ledgerbay.domain.Filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Produces PDF packets for entries and pushes archives to the port-office file servers.
 */
public class ReportService {

    private static final Pattern PORT_PREFIX = Pattern.compile("^[0-9]{4}");

    private final LedgerbayConfig config;
    private final NotificationService rendering;

    public ReportService(LedgerbayConfig config, NotificationService rendering) {
        this.config = config;
        this.rendering = rendering;
    }

    /**
     * Entry packet (7501 summary + invoices) with a broker-chosen cover title.
     */
    public Path exportPacket(Filing filing, String coverTitle) throws IOException, InterruptedException {
        Path html = writeReceiptHtml(filing);
        Path pdf = config.exportRoot().resolve(filing.getId() + "-packet.pdf");
        Process p = new ProcessBuilder("sh", "-c", "wkhtmltopdf --quiet --title \"" + coverTitle + "\" " + html + " " + pdf).start(); // VULN cmdi
        await(p, "packet export");
        return pdf;
    }

    /**
     * Duty invoice sent to the importer; the title is free text typed by the broker.
     */
    public Path exportDutyInvoice(Filing filing, String invoiceTitle) throws IOException, InterruptedException {
        Path html = writeReceiptHtml(filing);
        Path pdf = config.exportRoot().resolve(filing.getId() + "-invoice.pdf");
        Process p = new ProcessBuilder("wkhtmltopdf", "--quiet", "--title", invoiceTitle, html.toString(), pdf.toString()).start(); // SAFE cmdi
        await(p, "invoice export");
        return pdf;
    }

    /**
     * Nightly push of one port's released entries to the port office share.
     */
    public void syncPortArchive(String portCode, LocalDate day) throws IOException, InterruptedException {
        if (!PORT_PREFIX.matcher(portCode).find()) {
            throw new IllegalArgumentException("port code must be the 4-digit Schedule D code");
        }
        String src = config.exportRoot().resolve("ports").toString() + "/" + portCode + "/" + day + "/";
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "rsync -a --chmod=F640 " + src + " archive@portfs.internal:/ports/" + portCode + "/"}); // VULN cmdi
        await(p, "port sync");
    }

    /**
     * Re-sends a single entry's archive folder after a correction (post-summary correction, PSC).
     */
    public void syncEntryArchive(String entryNumber) throws IOException, InterruptedException {
        if (!FilingService.ENTRY_NUMBER.matcher(entryNumber).matches()) {
            throw new IllegalArgumentException("entry number must look like ABC-1234567-8");
        }
        String src = config.exportRoot().resolve("entries").toString() + "/" + entryNumber + "/";
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "rsync -a --chmod=F640 " + src + " archive@portfs.internal:/entries/"}); // SAFE cmdi
        await(p, "entry sync");
    }

    private Path writeReceiptHtml(Filing filing) throws IOException {
        Path html = Files.createTempFile(config.scratchRoot(), "receipt-", ".html");
        Files.writeString(html, rendering.renderReceipt(filing), StandardCharsets.UTF_8);
        return html;
    }

    private static void await(Process p, String what) throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(what + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " exited with " + p.exitValue());
        }
    }
}

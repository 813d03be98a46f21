package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;
import org.stlukes.dispensa.ward.model.WardOrder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class LabelPrintService {

    private static final Logger LOG = Logger.getLogger(LabelPrintService.class);
    private static final String MEDIA = "media=Custom.62x100mm";

    public void printOrderLabel(long orderId, String queue) throws IOException {
        Path label = renderLabel(orderId);
        String command = "lp -d " + queue + " -o " + MEDIA + " " + label;
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start(); // VULN cmdi
        awaitQuietly(process, orderId);
    }

    public void printToQueue(long orderId, String queue) throws IOException {
        Path label = renderLabel(orderId);
        Process process = new ProcessBuilder("lp", "-d", queue, "-o", MEDIA, label.toString()).start(); // SAFE cmdi
        awaitQuietly(process, orderId);
    }

    public String listPrinters() throws IOException {
        Process process = Runtime.getRuntime().exec(new String[] {"lpstat", "-p", "-d"}); // SAFE cmdi
        try (InputStream in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path renderLabel(long orderId) throws IOException {
        WardOrder order = WardOrder.findById(orderId);
        if (order == null) {
            throw new NotFoundException("order " + orderId);
        }
        String body = "%s %s %s%nQty: %s %s%nWard: %s   Order: %d%n".formatted(
                order.item.genericName, order.item.strength, order.item.form,
                order.quantity.toPlainString(), order.unit, order.wardCode, order.id);
        Path file = Files.createTempFile("label-" + orderId + "-", ".txt");
        Files.writeString(file, body);
        return file;
    }

    private void awaitQuietly(Process process, long orderId) {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroy();
                LOG.warnf("print job for order %d timed out", orderId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

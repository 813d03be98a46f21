package coop.pressworks.worker.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Message payloads consumed from the pressworks.jobs exchange. Field names match
 * the JSON produced by the bottling service and the orchard API.
 */
public final class Jobs {

    private Jobs() {
    }

    public record LabelPrintJob(
            String jobId,
            String sku,
            String lotCode,
            String printerQueue,
            int copies,
            String outputName,
            String artworkUrl,
            String requestedBy,
            Instant requestedAt) {
    }

    public record IntakeTicketJob(
            UUID ticketId,
            long growerId,
            String binTag,
            String scaleSlipUrl,
            String season) {
    }
}

package coop.pressworks.bottling.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON representations exchanged with the bottling-hall tablets, the trade
 * portal and the press worker.
 */
public final class BottlingApi {

    private BottlingApi() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BottlingRun(
            long id,
            String lineCode,
            String sku,
            String lotCode,
            String season,
            String status,
            int bottlesPlanned,
            int bottlesFilled,
            BigDecimal abv,
            Instant startedAt,
            String operatorNotes,
            String tastingNotes,
            String supervisor) {
    }

    public record BatchSummary(String lotCode, String season, String blendName, BigDecimal litres, int runs) {
    }

    /** Queued for the press worker; it renders and spools the label to a CUPS queue. */
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

    public record Distributor(
            long id,
            String login,
            String companyName,
            String email,
            String passwordHash,
            String webhookUrl,
            String region) {
    }

    public record Shipment(
            long id,
            long distributorId,
            String courier,
            String trackingNumber,
            List<String> lotCodes,
            int cases,
            LocalDate plannedDate,
            String status) {
    }

    public record TrackingStatus(String trackingNumber, String status, String lastScanLocation, Instant lastScanAt) {
    }

    public record PalletLine(String palletId, String sku, String lotCode, int cases, String destination) {
    }

    public record LabResult(String lotCode, BigDecimal abv, BigDecimal freeSo2, BigDecimal ph, boolean passed) {
    }
}

package coop.pressworks.orchard.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Harvest intake: the weighbridge ticket issued when a grower delivers fruit.
 */
public final class IntakeModels {

    private IntakeModels() {
    }

    @Serdeable
    public record IntakeTicketRequest(
            long growerId,
            String blockCode,
            String variety,
            BigDecimal grossKg,
            BigDecimal tareKg,
            BigDecimal brix,
            String season,
            String binTag,
            @Nullable String scaleSlipUrl,
            @Nullable String remarks) {
    }

    @Serdeable
    public record IntakeTicket(
            UUID ticketId,
            long growerId,
            String blockCode,
            String variety,
            BigDecimal netKg,
            BigDecimal brix,
            String season,
            String binTag,
            @Nullable String scaleSlipUrl,
            Instant receivedAt,
            @Nullable String pickupCode) {
    }

    /** Message sent to the press worker once a ticket has been recorded. */
    @Serdeable
    public record IntakeTicketJob(
            UUID ticketId,
            long growerId,
            String binTag,
            @Nullable String scaleSlipUrl,
            String season) {
    }

    @Serdeable
    public record PomacePickup(UUID ticketId, String pickupCode, Instant validUntil) {
    }
}

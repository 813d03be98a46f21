package coop.pressworks.orchard.model;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Value types describing orchards, blocks and the data attached to them.
 */
public final class OrchardModels {

    private OrchardModels() {
    }

    @Serdeable
    @Introspected
    public record OrchardBlock(
            long id,
            long growerId,
            String blockCode,
            String variety,
            String rootstock,
            int treeCount,
            BigDecimal hectares,
            double latitude,
            double longitude,
            @Nullable String stationHost,
            LocalDate plantedOn) {
    }

    @Serdeable
    @Introspected
    public record BlockRegistration(
            long growerId,
            String blockCode,
            String variety,
            String rootstock,
            int treeCount,
            BigDecimal hectares,
            double latitude,
            double longitude,
            @Nullable String stationHost,
            LocalDate plantedOn) {
    }

    @Serdeable
    public record WeatherReading(
            String source,
            Instant observedAt,
            double airTempC,
            double relativeHumidity,
            double leafWetnessMinutes,
            @Nullable String raw) {
    }

    @Serdeable
    public record FrostForecast(double latitude, double longitude, List<Double> hourlyMinTempC, boolean frostRisk) {
    }

    @Serdeable
    public record SprayApplication(
            String blockCode,
            LocalDate appliedOn,
            String product,
            String activeIngredient,
            BigDecimal ratePerHa,
            int reEntryHours,
            int preHarvestIntervalDays) {
    }

    @Serdeable
    public record SprayImportResult(int accepted, int rejected, List<String> messages) {
    }

    @Serdeable
    public record CertificateSummary(
            long growerId,
            String certifier,
            String certificateNumber,
            LocalDate validUntil,
            String storedAs) {
    }
}

package com.nacelle.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Request / response payloads for the grid curtailment API.
 */
public final class CurtailmentDtos {

    private CurtailmentDtos() {
    }

    public record SubscriptionRequest(
            @NotBlank String operatorCode,
            @NotBlank String callbackUrl,
            List<String> gridZones) {
    }

    public record SavedFilterRequest(
            @NotBlank String name,
            @NotBlank String gridZone,
            @PositiveOrZero BigDecimal minCurtailedMw,
            String operatorCode,
            String recipientEmail) {
    }

    public record SimulationRequest(
            @NotBlank String turbineTag,
            @NotBlank String formula,
            double windSpeedMs,
            double availableKw,
            double gridLimitKw) {
    }

    public record LetterTemplateRequest(
            @NotBlank String operatorCode,
            @NotBlank String name,
            @NotBlank String body) {
    }

    public record CurtailmentSummary(
            String gridZone,
            LocalDate day,
            BigDecimal curtailedMwh,
            BigDecimal compensationEur,
            int events) {
    }

    public record SimulationResult(String turbineTag, double setpointKw, String formulaUsed) {
    }

    public record OperatorStatus(@NotNull String operatorCode, String state, String message) {
    }
}

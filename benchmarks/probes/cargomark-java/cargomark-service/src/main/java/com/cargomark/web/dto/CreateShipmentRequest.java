package com.cargomark.web.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record CreateShipmentRequest(
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}") String origin,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z2-9]{3}") String destination,
        @Size(max = 10) String carrierCode,
        @Size(max = 40) String trackingNumber,
        @Size(max = 1000) String trackingUrl,
        @Size(max = 4000) String specialInstructions,
        @Size(max = 200) String consigneeName,
        @Size(max = 2000) String consigneeNote,
        @PositiveOrZero BigDecimal totalWeightKg,
        @PositiveOrZero int teuCount) {
}

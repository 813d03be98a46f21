package com.cargomark.web.dto;

import java.time.Instant;
import java.util.UUID;

public record ShipmentSummary(
        UUID id,
        String reference,
        String origin,
        String destination,
        String status,
        String carrierCode,
        String trackingNumber,
        Instant createdAt) {
}

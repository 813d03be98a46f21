package com.dosewell.pharmacy.dto;

import java.time.Instant;
import java.util.UUID;

public record TransferAuditEvent(
        UUID transferId,
        String type,
        String drugNdc,
        int quantity,
        Integer schedule,
        String actor,
        Instant at) {
}

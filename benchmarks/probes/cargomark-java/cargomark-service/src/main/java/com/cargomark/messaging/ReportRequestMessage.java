package com.cargomark.messaging;

import java.time.LocalDate;
import java.util.UUID;

public record ReportRequestMessage(
        UUID jobId,
        UUID customerId,
        String requestedBy,
        String groupBy,
        LocalDate from,
        LocalDate to) {
}

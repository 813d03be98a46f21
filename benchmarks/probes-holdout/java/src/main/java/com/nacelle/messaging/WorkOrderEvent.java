package com.nacelle.messaging;

import java.time.Instant;

public record WorkOrderEvent(
        long workOrderId,
        String reference,
        Long technicianId,
        String turbineTag,
        String type,
        Instant occurredAt) {
}

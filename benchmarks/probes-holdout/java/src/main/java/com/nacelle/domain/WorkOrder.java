package com.nacelle.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Blade repair work order. Stored in the "maintenance" schema and accessed
 * via NamedParameterJdbcTemplate.
 */
public record WorkOrder(
        long id,
        String reference,
        long turbineId,
        String turbineTag,
        String bladePosition,
        String repairType,
        String description,
        String status,
        Long assignedTechnicianId,
        LocalDate plannedFor,
        String signOffToken,
        Instant createdAt,
        Instant updatedAt) {

    public static final String OPEN = "OPEN";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String SIGNED_OFF = "SIGNED_OFF";

    public boolean isClosed() {
        return SIGNED_OFF.equals(status);
    }
}

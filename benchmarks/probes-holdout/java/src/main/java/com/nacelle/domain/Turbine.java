package com.nacelle.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Turbine master data. Loaded through JdbcTemplate because the asset register
 * lives in the legacy "assets" schema that is shared with the SCADA historian.
 */
public record Turbine(
        long id,
        String tag,
        String siteCode,
        String model,
        BigDecimal ratedKw,
        BigDecimal hubHeightM,
        String controllerAddress,
        String firmwareVersion,
        LocalDate commissionedOn,
        String status) {

    public boolean isOperational() {
        return "RUNNING".equals(status) || "CURTAILED".equals(status);
    }
}

package com.dosewell.pharmacy.dto;

import java.math.BigDecimal;

/**
 * Patient parameters for a dose calculation. {@code formula} is only used by the
 * free-text titration preview on the clinical pharmacist workbench.
 */
public record DoseRequest(
        String formula,
        BigDecimal weightKg,
        BigDecimal heightCm,
        BigDecimal serumCreatinine,
        Integer ageYears,
        boolean female) {
}

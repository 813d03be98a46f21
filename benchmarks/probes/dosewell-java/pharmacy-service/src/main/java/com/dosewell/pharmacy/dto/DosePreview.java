package com.dosewell.pharmacy.dto;

import java.math.BigDecimal;

public record DosePreview(String formula, BigDecimal dose, String unit, boolean exceedsMaximum) {
}

package com.dosewell.pharmacy.dto;

import java.math.BigDecimal;

public record PrescriptionRequest(
        String patientMrn,
        String patientName,
        String ward,
        String drugNdc,
        BigDecimal dose,
        String doseUnit,
        String route,
        String frequency) {
}

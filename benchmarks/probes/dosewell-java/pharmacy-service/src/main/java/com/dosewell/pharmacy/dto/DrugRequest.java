package com.dosewell.pharmacy.dto;

import java.math.BigDecimal;

public record DrugRequest(
        String ndc,
        String name,
        String genericName,
        String therapeuticClass,
        String form,
        String strength,
        Integer controlledSchedule,
        String notes,
        BigDecimal unitCost) {
}

package com.dosewell.pharmacy.dto;

import java.math.BigDecimal;

public record CostReportRow(String ndc, String name, String strength, BigDecimal unitCost, long activeOrders) {

    public static CostReportRow fromRow(Object[] row) {
        return new CostReportRow(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                row[3] == null ? BigDecimal.ZERO : new BigDecimal(row[3].toString()),
                row[4] == null ? 0L : ((Number) row[4]).longValue());
    }
}

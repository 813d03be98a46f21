package com.dosewell.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record PurchaseOrder(
        String poNumber,
        String supplierCode,
        LocalDate orderDate,
        String shipToLocation,
        List<OrderLine> lines) {

    public BigDecimal total() {
        return lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

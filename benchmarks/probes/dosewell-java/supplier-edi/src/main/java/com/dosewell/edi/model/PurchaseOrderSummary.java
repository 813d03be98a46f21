package com.dosewell.edi.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record PurchaseOrderSummary(String poNumber, String supplierCode, String status, BigDecimal total,
                                   OffsetDateTime receivedAt) {
}

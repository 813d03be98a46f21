package com.dosewell.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Invoice(String invoiceNumber, String poNumber, String supplierCode, LocalDate invoiceDate,
                      BigDecimal amount, String currency) {
}

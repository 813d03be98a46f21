package com.dosewell.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SupplierPrice(String supplierCode, String sku, BigDecimal listPrice, String currency, LocalDate validFrom) {
}

package com.dosewell.edi.model;

import java.math.BigDecimal;

public record ContractPrice(String supplierCode, String sku, String gtin, BigDecimal price, String tier) {
}

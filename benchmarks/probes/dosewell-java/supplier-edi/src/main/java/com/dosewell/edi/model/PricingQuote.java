package com.dosewell.edi.model;

import java.math.BigDecimal;

public record PricingQuote(String sku, BigDecimal unitPrice, String basis) {
}

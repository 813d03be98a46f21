package com.dosewell.edi.model;

import java.math.BigDecimal;

public record OrderLine(int lineNumber, String supplierSku, String gtin, String ndc, String description,
                        int quantity, BigDecimal unitPrice) {
}

package com.dosewell.edi.model;

import java.math.BigDecimal;

public record SimulationRequest(String sku, String rule, BigDecimal listPrice, int quantity, BigDecimal handlingFee) {

    public PricingInput toInput() {
        return new PricingInput(listPrice, quantity, handlingFee);
    }
}

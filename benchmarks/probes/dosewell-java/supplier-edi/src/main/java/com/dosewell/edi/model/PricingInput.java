package com.dosewell.edi.model;

import java.math.BigDecimal;

/**
 * Root object for pricing rule expressions.
 */
public class PricingInput {

    private final BigDecimal listPrice;
    private final int quantity;
    private final BigDecimal handlingFee;

    public PricingInput(BigDecimal listPrice, int quantity, BigDecimal handlingFee) {
        this.listPrice = listPrice;
        this.quantity = quantity;
        this.handlingFee = handlingFee == null ? BigDecimal.ZERO : handlingFee;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getHandlingFee() {
        return handlingFee;
    }
}

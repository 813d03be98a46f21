package com.cargomark.service;

import java.math.BigDecimal;

/** Cost components used to compute the customs value of a consignment. */
public class ValuationInput {

    private BigDecimal goodsValue = BigDecimal.ZERO;
    private BigDecimal originCharges = BigDecimal.ZERO;
    private BigDecimal freight = BigDecimal.ZERO;
    private BigDecimal insurance = BigDecimal.ZERO;
    private BigDecimal destinationCharges = BigDecimal.ZERO;
    private BigDecimal weightKg = BigDecimal.ZERO;

    public BigDecimal getGoodsValue() { return goodsValue; }
    public void setGoodsValue(BigDecimal goodsValue) { this.goodsValue = goodsValue; }
    public BigDecimal getOriginCharges() { return originCharges; }
    public void setOriginCharges(BigDecimal originCharges) { this.originCharges = originCharges; }
    public BigDecimal getFreight() { return freight; }
    public void setFreight(BigDecimal freight) { this.freight = freight; }
    public BigDecimal getInsurance() { return insurance; }
    public void setInsurance(BigDecimal insurance) { this.insurance = insurance; }
    public BigDecimal getDestinationCharges() { return destinationCharges; }
    public void setDestinationCharges(BigDecimal destinationCharges) { this.destinationCharges = destinationCharges; }
    public BigDecimal getWeightKg() { return weightKg; }
    public void setWeightKg(BigDecimal weightKg) { this.weightKg = weightKg; }
}

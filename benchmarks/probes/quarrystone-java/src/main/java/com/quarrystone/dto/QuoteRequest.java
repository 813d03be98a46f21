package com.quarrystone.dto;

import java.math.BigDecimal;

/** Portal price quote: product, tonnage, haul distance and an optional custom rate expression. */
public class QuoteRequest {

    private final String productCode;
    private final BigDecimal tonnes;
    private final BigDecimal haulMiles;
    private final String rateExpression;

    public QuoteRequest(String productCode, BigDecimal tonnes, BigDecimal haulMiles, String rateExpression) {
        this.productCode = productCode;
        this.tonnes = tonnes;
        this.haulMiles = haulMiles;
        this.rateExpression = rateExpression;
    }

    public String getProductCode() { return productCode; }
    public BigDecimal getTonnes() { return tonnes; }
    public BigDecimal getHaulMiles() { return haulMiles; }
    public String getRateExpression() { return rateExpression; }
}

package com.quarrystone.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of POST /dispatch - a dispatcher booking a load. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class DispatchRequest {

    private long customerId;
    private String siteCode;
    private String productCode;
    private BigDecimal tonnes;
    private String deliveryPostcode;
    private String deliveryAddress;
    private String truckReg;
    private LocalDate requiredOn;

    public void validate() {
        if (customerId <= 0) {
            throw new IllegalArgumentException("customerId is required");
        }
        if (tonnes == null || tonnes.signum() <= 0 || tonnes.compareTo(new BigDecimal("44")) > 0) {
            throw new IllegalArgumentException("tonnes must be between 0 and 44");
        }
        if (productCode == null || productCode.isBlank()) {
            throw new IllegalArgumentException("productCode is required");
        }
    }

    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public BigDecimal getTonnes() { return tonnes; }
    public void setTonnes(BigDecimal tonnes) { this.tonnes = tonnes; }
    public String getDeliveryPostcode() { return deliveryPostcode; }
    public void setDeliveryPostcode(String deliveryPostcode) { this.deliveryPostcode = deliveryPostcode; }
    public String getDeliveryAddress() { return deliveryAddress; }
    public void setDeliveryAddress(String deliveryAddress) { this.deliveryAddress = deliveryAddress; }
    public String getTruckReg() { return truckReg; }
    public void setTruckReg(String truckReg) { this.truckReg = truckReg; }
    public LocalDate getRequiredOn() { return requiredOn; }
    public void setRequiredOn(LocalDate requiredOn) { this.requiredOn = requiredOn; }
}

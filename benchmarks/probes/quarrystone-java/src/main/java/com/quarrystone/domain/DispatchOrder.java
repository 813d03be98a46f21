package com.quarrystone.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer order for stone to be hauled from a quarry site to a delivery address. */
public class DispatchOrder {

    public enum State { PLANNED, ASSIGNED, LOADING, IN_TRANSIT, DELIVERED, CANCELLED }

    private long id;
    private String reference;
    private long customerId;
    private String siteCode;
    private String productCode;
    private BigDecimal orderedTonnes;
    private BigDecimal dispatchedTonnes = BigDecimal.ZERO;
    private String deliveryPostcode;
    private String deliveryAddress;
    private String assignedTruck;
    private LocalDate requiredOn;
    private State state = State.PLANNED;

    public BigDecimal remainingTonnes() {
        return orderedTonnes.subtract(dispatchedTonnes).max(BigDecimal.ZERO);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public BigDecimal getOrderedTonnes() { return orderedTonnes; }
    public void setOrderedTonnes(BigDecimal orderedTonnes) { this.orderedTonnes = orderedTonnes; }
    public BigDecimal getDispatchedTonnes() { return dispatchedTonnes; }
    public void setDispatchedTonnes(BigDecimal dispatchedTonnes) { this.dispatchedTonnes = dispatchedTonnes; }
    public String getDeliveryPostcode() { return deliveryPostcode; }
    public void setDeliveryPostcode(String deliveryPostcode) { this.deliveryPostcode = deliveryPostcode; }
    public String getDeliveryAddress() { return deliveryAddress; }
    public void setDeliveryAddress(String deliveryAddress) { this.deliveryAddress = deliveryAddress; }
    public String getAssignedTruck() { return assignedTruck; }
    public void setAssignedTruck(String assignedTruck) { this.assignedTruck = assignedTruck; }
    public LocalDate getRequiredOn() { return requiredOn; }
    public void setRequiredOn(LocalDate requiredOn) { this.requiredOn = requiredOn; }
    public State getState() { return state; }
    public void setState(State state) { this.state = state; }
}

package com.quarrystone.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A weighbridge ticket: one loaded truck leaving the quarry with a given product. */
public class WeighTicket {

    public enum Status { OPEN, TARED, GROSSED, FINALISED, VOID }

    private String ticketNo;
    private long dispatchId;
    private String siteCode;
    private String truckReg;
    private String haulierName;
    private long customerId;
    private String productCode;
    private BigDecimal tareKg = BigDecimal.ZERO;
    private BigDecimal grossKg = BigDecimal.ZERO;
    private String driverNote;
    private Status status = Status.OPEN;
    private Instant createdAt;
    private Instant finalisedAt;

    public BigDecimal netKg() {
        return grossKg.subtract(tareKg).max(BigDecimal.ZERO);
    }

    public BigDecimal netTonnes() {
        return netKg().movePointLeft(3);
    }

    public String getTicketNo() { return ticketNo; }
    public void setTicketNo(String ticketNo) { this.ticketNo = ticketNo; }
    public long getDispatchId() { return dispatchId; }
    public void setDispatchId(long dispatchId) { this.dispatchId = dispatchId; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getTruckReg() { return truckReg; }
    public void setTruckReg(String truckReg) { this.truckReg = truckReg; }
    public String getHaulierName() { return haulierName; }
    public void setHaulierName(String haulierName) { this.haulierName = haulierName; }
    public long getCustomerId() { return customerId; }
    public void setCustomerId(long customerId) { this.customerId = customerId; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public BigDecimal getTareKg() { return tareKg; }
    public void setTareKg(BigDecimal tareKg) { this.tareKg = tareKg; }
    public BigDecimal getGrossKg() { return grossKg; }
    public void setGrossKg(BigDecimal grossKg) { this.grossKg = grossKg; }
    public String getDriverNote() { return driverNote; }
    public void setDriverNote(String driverNote) { this.driverNote = driverNote; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getFinalisedAt() { return finalisedAt; }
    public void setFinalisedAt(Instant finalisedAt) { this.finalisedAt = finalisedAt; }
}

package com.quarrystone.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.math.BigDecimal;

/** A single reading published by a weighbridge indicator onto the weigh-events topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class WeighReading implements Serializable {

    private static final long serialVersionUID = 3L;

    public enum Kind { TARE, GROSS }

    private String bridgeId;
    private String ticketNo;
    private String truckReg;
    private Kind kind;
    private BigDecimal kilograms;
    private boolean stable;
    private String operatorNote;
    private long capturedAtEpochMs;

    public String getBridgeId() { return bridgeId; }
    public void setBridgeId(String bridgeId) { this.bridgeId = bridgeId; }
    public String getTicketNo() { return ticketNo; }
    public void setTicketNo(String ticketNo) { this.ticketNo = ticketNo; }
    public String getTruckReg() { return truckReg; }
    public void setTruckReg(String truckReg) { this.truckReg = truckReg; }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public BigDecimal getKilograms() { return kilograms; }
    public void setKilograms(BigDecimal kilograms) { this.kilograms = kilograms; }
    public boolean isStable() { return stable; }
    public void setStable(boolean stable) { this.stable = stable; }
    public String getOperatorNote() { return operatorNote; }
    public void setOperatorNote(String operatorNote) { this.operatorNote = operatorNote; }
    public long getCapturedAtEpochMs() { return capturedAtEpochMs; }
    public void setCapturedAtEpochMs(long capturedAtEpochMs) { this.capturedAtEpochMs = capturedAtEpochMs; }
}

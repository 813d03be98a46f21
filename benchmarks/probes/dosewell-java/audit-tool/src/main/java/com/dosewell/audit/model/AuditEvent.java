package com.dosewell.audit.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 3L;

    private long id;
    private Instant occurredAt;
    private String eventType;
    private String actor;
    private String witness;
    private String cabinetCode;
    private String drugName;
    private String drugNdc;
    private Integer schedule;
    private BigDecimal quantity;
    private String note;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public String getEventType() { return eventType; }
    public void setEventType(String eventType) { this.eventType = eventType; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getWitness() { return witness; }
    public void setWitness(String witness) { this.witness = witness; }
    public String getCabinetCode() { return cabinetCode; }
    public void setCabinetCode(String cabinetCode) { this.cabinetCode = cabinetCode; }
    public String getDrugName() { return drugName; }
    public void setDrugName(String drugName) { this.drugName = drugName; }
    public String getDrugNdc() { return drugNdc; }
    public void setDrugNdc(String drugNdc) { this.drugNdc = drugNdc; }
    public Integer getSchedule() { return schedule; }
    public void setSchedule(Integer schedule) { this.schedule = schedule; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}

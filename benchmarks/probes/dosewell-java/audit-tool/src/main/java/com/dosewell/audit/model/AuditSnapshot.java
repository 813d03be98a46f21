package com.dosewell.audit.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Point-in-time copy of the audit trail for one cabinet, exchanged between sites
 * when a cabinet is moved.
 */
public class AuditSnapshot implements Serializable {

    private static final long serialVersionUID = 7L;

    private String siteCode;
    private String cabinetCode;
    private Instant takenAt;
    private String takenBy;
    private ArrayList<AuditEvent> events = new ArrayList<>();

    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
    public String getCabinetCode() { return cabinetCode; }
    public void setCabinetCode(String cabinetCode) { this.cabinetCode = cabinetCode; }
    public Instant getTakenAt() { return takenAt; }
    public void setTakenAt(Instant takenAt) { this.takenAt = takenAt; }
    public String getTakenBy() { return takenBy; }
    public void setTakenBy(String takenBy) { this.takenBy = takenBy; }
    public List<AuditEvent> getEvents() { return events; }
    public void setEvents(List<AuditEvent> events) { this.events = new ArrayList<>(events); }
}

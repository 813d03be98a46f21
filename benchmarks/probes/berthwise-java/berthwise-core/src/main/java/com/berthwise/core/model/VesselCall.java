package com.berthwise.core.model;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

@Entity
@Table(name = "vessel_call")
public class VesselCall {
    public enum Status { PLANNED, ALONGSIDE, WORKING, DEPARTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "imo", nullable = false, length = 7)
    private String imo;
    @Column(name = "vessel_name", nullable = false)
    private String vesselName;
    @Column(name = "voyage_no")
    private String voyageNo;
    @Column(name = "berth_code")
    private String berthCode;
    private OffsetDateTime eta;
    private OffsetDateTime etd;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PLANNED;

    protected VesselCall() {
    }

    public Long getId() { return id; }
    public String getImo() { return imo; }
    public String getVesselName() { return vesselName; }
    public String getVoyageNo() { return voyageNo; }
    public String getBerthCode() { return berthCode; }
    public OffsetDateTime getEta() { return eta; }
    public OffsetDateTime getEtd() { return etd; }
    public Status getStatus() { return status; }
}

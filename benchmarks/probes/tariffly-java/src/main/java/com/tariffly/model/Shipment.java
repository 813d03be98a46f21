package com.tariffly.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "importer_id", nullable = false)
    private Long importerId;

    @Column(name = "carrier_code", length = 8)
    private String carrierCode;

    @Column(name = "origin_port", length = 5)
    private String originPort;

    @Column(name = "destination_port", length = 5)
    private String destinationPort;

    @Column(nullable = false, length = 24)
    private String status;

    private LocalDate eta;

    @Column(name = "gross_weight_kg")
    private BigDecimal grossWeightKg;

    @Column(name = "tracking_url", length = 1024)
    private String trackingUrl;

    @Column(name = "last_carrier_update")
    private Instant lastCarrierUpdate;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Long getImporterId() { return importerId; }
    public void setImporterId(Long importerId) { this.importerId = importerId; }
    public String getCarrierCode() { return carrierCode; }
    public void setCarrierCode(String carrierCode) { this.carrierCode = carrierCode; }
    public String getOriginPort() { return originPort; }
    public void setOriginPort(String originPort) { this.originPort = originPort; }
    public String getDestinationPort() { return destinationPort; }
    public void setDestinationPort(String destinationPort) { this.destinationPort = destinationPort; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getEta() { return eta; }
    public void setEta(LocalDate eta) { this.eta = eta; }
    public BigDecimal getGrossWeightKg() { return grossWeightKg; }
    public void setGrossWeightKg(BigDecimal grossWeightKg) { this.grossWeightKg = grossWeightKg; }
    public String getTrackingUrl() { return trackingUrl; }
    public void setTrackingUrl(String trackingUrl) { this.trackingUrl = trackingUrl; }
    public Instant getLastCarrierUpdate() { return lastCarrierUpdate; }
    public void setLastCarrierUpdate(Instant lastCarrierUpdate) { this.lastCarrierUpdate = lastCarrierUpdate; }
}

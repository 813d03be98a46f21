package com.cargomark.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "origin_unlocode", length = 5)
    private String origin;

    @Column(name = "destination_unlocode", length = 5)
    private String destination;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status = ShipmentStatus.DRAFT;

    @Column(name = "carrier_code", length = 10)
    private String carrierCode;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "tracking_url", length = 1000)
    private String trackingUrl;

    @Column(name = "special_instructions", length = 4000)
    private String specialInstructions;

    @Column(name = "consignee_name")
    private String consigneeName;

    @Column(name = "consignee_note", length = 2000)
    private String consigneeNote;

    @Column(name = "total_weight_kg", precision = 12, scale = 2)
    private BigDecimal totalWeightKg = BigDecimal.ZERO;

    @Column(name = "teu_count")
    private int teuCount;

    @Column(name = "widget_key", length = 64)
    private String widgetKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Shipment copyAsDraft(String newReference) {
        Shipment copy = new Shipment();
        copy.reference = newReference;
        copy.customerId = customerId;
        copy.origin = origin;
        copy.destination = destination;
        copy.carrierCode = carrierCode;
        copy.specialInstructions = specialInstructions;
        copy.consigneeName = consigneeName;
        copy.consigneeNote = consigneeNote;
        copy.totalWeightKg = totalWeightKg;
        copy.teuCount = teuCount;
        return copy;
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public UUID getCustomerId() { return customerId; }
    public void setCustomerId(UUID customerId) { this.customerId = customerId; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public ShipmentStatus getStatus() { return status; }
    public void setStatus(ShipmentStatus status) { this.status = status; }
    public String getCarrierCode() { return carrierCode; }
    public void setCarrierCode(String carrierCode) { this.carrierCode = carrierCode; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getTrackingUrl() { return trackingUrl; }
    public void setTrackingUrl(String trackingUrl) { this.trackingUrl = trackingUrl; }
    public String getSpecialInstructions() { return specialInstructions; }
    public void setSpecialInstructions(String specialInstructions) { this.specialInstructions = specialInstructions; }
    public String getConsigneeName() { return consigneeName; }
    public void setConsigneeName(String consigneeName) { this.consigneeName = consigneeName; }
    public String getConsigneeNote() { return consigneeNote; }
    public void setConsigneeNote(String consigneeNote) { this.consigneeNote = consigneeNote; }
    public BigDecimal getTotalWeightKg() { return totalWeightKg; }
    public void setTotalWeightKg(BigDecimal totalWeightKg) { this.totalWeightKg = totalWeightKg; }
    public int getTeuCount() { return teuCount; }
    public void setTeuCount(int teuCount) { this.teuCount = teuCount; }
    public String getWidgetKey() { return widgetKey; }
    public void setWidgetKey(String widgetKey) { this.widgetKey = widgetKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}

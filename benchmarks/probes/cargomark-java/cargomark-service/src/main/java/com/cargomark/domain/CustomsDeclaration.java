package com.cargomark.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customs_declaration")
public class CustomsDeclaration {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, unique = true, length = 35)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "shipment_id")
    private UUID shipmentId;

    @Column(name = "hs_code", length = 10)
    private String hsCode;

    @Column(name = "goods_description", length = 512)
    private String goodsDescription;

    @Column(name = "declared_value", precision = 14, scale = 2)
    private BigDecimal declaredValue;

    @Column(length = 3)
    private String currency;

    @Column(name = "origin_country", length = 2)
    private String originCountry;

    @Enumerated(EnumType.STRING)
    private DeclarationStatus status = DeclarationStatus.DRAFT;

    @Column(name = "mrn", length = 18)
    private String movementReferenceNumber;

    @Column(name = "filed_at")
    private Instant filedAt;

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public UUID getCustomerId() { return customerId; }
    public void setCustomerId(UUID customerId) { this.customerId = customerId; }
    public UUID getShipmentId() { return shipmentId; }
    public void setShipmentId(UUID shipmentId) { this.shipmentId = shipmentId; }
    public String getHsCode() { return hsCode; }
    public void setHsCode(String hsCode) { this.hsCode = hsCode; }
    public String getGoodsDescription() { return goodsDescription; }
    public void setGoodsDescription(String goodsDescription) { this.goodsDescription = goodsDescription; }
    public BigDecimal getDeclaredValue() { return declaredValue; }
    public void setDeclaredValue(BigDecimal declaredValue) { this.declaredValue = declaredValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String originCountry) { this.originCountry = originCountry; }
    public DeclarationStatus getStatus() { return status; }
    public void setStatus(DeclarationStatus status) { this.status = status; }
    public String getMovementReferenceNumber() { return movementReferenceNumber; }
    public void setMovementReferenceNumber(String mrn) { this.movementReferenceNumber = mrn; }
    public Instant getFiledAt() { return filedAt; }
    public void setFiledAt(Instant filedAt) { this.filedAt = filedAt; }
}

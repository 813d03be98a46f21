package com.tariffly.model;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customs_declaration")
public class CustomsDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mrn", length = 18)
    private String mrn;

    @Column(name = "broker_ref", nullable = false, length = 24)
    private String brokerRef;

    @Column(name = "importer_id", nullable = false)
    private Long importerId;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "hs_code", length = 10)
    private String hsCode;

    @Column(name = "goods_description", length = 4000)
    private String goodsDescription;

    @Column(name = "broker_remarks", length = 2000)
    private String brokerRemarks;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "origin_country", length = 2)
    private String originCountry;

    @Column(name = "customs_value")
    private BigDecimal customsValue;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "lodged_at")
    private Instant lodgedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public String getBrokerRef() { return brokerRef; }
    public void setBrokerRef(String brokerRef) { this.brokerRef = brokerRef; }
    public Long getImporterId() { return importerId; }
    public void setImporterId(Long importerId) { this.importerId = importerId; }
    public Long getShipmentId() { return shipmentId; }
    public void setShipmentId(Long shipmentId) { this.shipmentId = shipmentId; }
    public String getHsCode() { return hsCode; }
    public void setHsCode(String hsCode) { this.hsCode = hsCode; }
    public String getGoodsDescription() { return goodsDescription; }
    public void setGoodsDescription(String goodsDescription) { this.goodsDescription = goodsDescription; }
    public String getBrokerRemarks() { return brokerRemarks; }
    public void setBrokerRemarks(String brokerRemarks) { this.brokerRemarks = brokerRemarks; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getOriginCountry() { return originCountry; }
    public void setOriginCountry(String originCountry) { this.originCountry = originCountry; }
    public BigDecimal getCustomsValue() { return customsValue; }
    public void setCustomsValue(BigDecimal customsValue) { this.customsValue = customsValue; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getLodgedAt() { return lodgedAt; }
    public void setLodgedAt(Instant lodgedAt) { this.lodgedAt = lodgedAt; }
}

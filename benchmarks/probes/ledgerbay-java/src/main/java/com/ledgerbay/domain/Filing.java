package com.ledgerbay.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "filing")
public class Filing {

    public enum Status { DRAFT, SUBMITTED, ACCEPTED, REJECTED, RELEASED, LIQUIDATED }

    @Id
    private UUID id;

    @Column(name = "entry_number", nullable = false, unique = true, length = 16)
    private String entryNumber;

    @Column(name = "broker_ref", length = 64)
    private String brokerReference;

    @Column(name = "port_code", length = 4)
    private String portCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16)
    private Status status = Status.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "importer_id")
    private Importer importer;

    @Column(name = "importer_notes", length = 4000)
    private String importerNotes;

    @Column(name = "declared_value", precision = 14, scale = 2)
    private BigDecimal declaredValue = BigDecimal.ZERO;

    @Column(name = "duty_amount", precision = 14, scale = 2)
    private BigDecimal dutyAmount = BigDecimal.ZERO;

    @Column(name = "mpf_amount", precision = 14, scale = 2)
    private BigDecimal mpfAmount = BigDecimal.ZERO;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "broker_id")
    private Long brokerId;

    @OneToMany(mappedBy = "filing", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LineItem> lineItems = new ArrayList<>();

    protected Filing() {
    }

    public Filing(String entryNumber, String portCode, Importer importer, Long brokerId) {
        this.id = UUID.randomUUID();
        this.entryNumber = entryNumber;
        this.portCode = portCode;
        this.importer = importer;
        this.brokerId = brokerId;
    }

    public void addLineItem(LineItem item) {
        item.setFiling(this);
        lineItems.add(item);
    }

    public UUID getId() { return id; }
    public String getEntryNumber() { return entryNumber; }
    public String getBrokerReference() { return brokerReference; }
    public void setBrokerReference(String brokerReference) { this.brokerReference = brokerReference; }
    public String getPortCode() { return portCode; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Importer getImporter() { return importer; }
    public String getImporterNotes() { return importerNotes; }
    public void setImporterNotes(String importerNotes) { this.importerNotes = importerNotes; }
    public BigDecimal getDeclaredValue() { return declaredValue; }
    public void setDeclaredValue(BigDecimal declaredValue) { this.declaredValue = declaredValue; }
    public BigDecimal getDutyAmount() { return dutyAmount; }
    public void setDutyAmount(BigDecimal dutyAmount) { this.dutyAmount = dutyAmount; }
    public BigDecimal getMpfAmount() { return mpfAmount; }
    public void setMpfAmount(BigDecimal mpfAmount) { this.mpfAmount = mpfAmount; }
    public Instant getFiledAt() { return filedAt; }
    public void setFiledAt(Instant filedAt) { this.filedAt = filedAt; }
    public Long getBrokerId() { return brokerId; }
    public List<LineItem> getLineItems() { return lineItems; }
}

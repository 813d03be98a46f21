package com.dosewell.pharmacy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "prescription")
public class Prescription extends PanacheEntity {

    @Column(name = "patient_mrn", nullable = false, length = 20)
    public String patientMrn;

    @Column(nullable = false, length = 40)
    public String ward;

    @ManyToOne(optional = false)
    @JoinColumn(name = "drug_id")
    public Drug drug;

    @Column(precision = 10, scale = 3)
    public BigDecimal dose;

    @Column(name = "dose_unit", length = 12)
    public String doseUnit;

    @Column(length = 20)
    public String route;

    @Column(length = 40)
    public String frequency;

    public String prescriber;

    @Column(name = "patient_name")
    public String patientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PrescriptionStatus status = PrescriptionStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}

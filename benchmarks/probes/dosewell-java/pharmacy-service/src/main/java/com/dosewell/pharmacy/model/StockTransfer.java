package com.dosewell.pharmacy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "stock_transfer")
public class StockTransfer extends PanacheEntityBase {

    public enum Status { REQUESTED, AWAITING_WITNESS, COMPLETED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "from_cabinet", nullable = false)
    public String fromCabinet;

    @Column(name = "to_cabinet", nullable = false)
    public String toCabinet;

    @Column(name = "drug_ndc", nullable = false)
    public String drugNdc;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "controlled_schedule")
    public Integer controlledSchedule;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "witnessed_by")
    public String witnessedBy;

    @Column(name = "witness_code_hash")
    public String witnessCodeHash;

    @Enumerated(EnumType.STRING)
    public Status status = Status.REQUESTED;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt = Instant.now();

    @Column(name = "completed_at")
    public Instant completedAt;
}

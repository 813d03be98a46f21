package org.stlukes.dispensa.ward.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "ward_order")
public class WardOrder extends PanacheEntity {
    @Column(name = "ward_code", nullable = false)
    public String wardCode;
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    public FormularyItem item;
    public BigDecimal quantity;
    public String unit;
    public String status;
    public String priority;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
}

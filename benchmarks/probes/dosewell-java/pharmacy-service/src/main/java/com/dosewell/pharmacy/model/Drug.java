package com.dosewell.pharmacy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "drug")
public class Drug extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 13)
    public String ndc;

    @Column(nullable = false)
    public String name;

    @Column(name = "generic_name")
    public String genericName;

    @Column(name = "therapeutic_class")
    public String therapeuticClass;

    public String form;

    public String strength;

    @Column(name = "controlled_schedule")
    public Integer controlledSchedule;

    @Enumerated(EnumType.STRING)
    @Column(name = "formulary_status", nullable = false)
    public FormularyStatus formularyStatus = FormularyStatus.PENDING_REVIEW;

    @Column(length = 4000)
    public String notes;

    @Column(name = "unit_cost", precision = 10, scale = 4)
    public BigDecimal unitCost;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isControlled() {
        return controlledSchedule != null && controlledSchedule >= 2 && controlledSchedule <= 5;
    }
}

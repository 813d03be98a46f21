package org.hemalink.orders;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hemalink.hospital.Hospital;

@Entity
@Table(name = "hospital_order")
public class HospitalOrder extends PanacheEntity {

    public enum Urgency { ROUTINE, URGENT, EMERGENCY }

    public enum Status { PLACED, ACCEPTED, PICKING, DISPATCHED, HANDED_OVER, DELIVERED, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Hospital hospital;

    @Column(nullable = false, length = 4)
    public String component;

    @Column(name = "blood_group", nullable = false, length = 3)
    public String bloodGroup;

    public int quantity;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "courier_ref")
    public String courierRef;

    @Column(name = "dispatch_note", length = 1000)
    public String dispatchNote;

    @Column(name = "status_webhook")
    public String statusWebhook;
}

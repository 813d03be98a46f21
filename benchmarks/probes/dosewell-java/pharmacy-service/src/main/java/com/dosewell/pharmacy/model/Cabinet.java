package com.dosewell.pharmacy.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "cabinet")
public class Cabinet extends PanacheEntityBase {

    @Id
    @Column(length = 16)
    public String code;

    @Column(nullable = false)
    public String ward;

    public String location;

    public String vendor;

    public boolean online;

    @Column(name = "temperature_c", precision = 4, scale = 1)
    public BigDecimal temperatureC;

    @Column(name = "status_message", length = 1000)
    public String statusMessage;

    @Column(name = "last_sync_at")
    public Instant lastSyncAt;

    @Column(name = "last_telemetry_at")
    public Instant lastTelemetryAt;
}

package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Broker-customised wording for status e-mails sent to their importer clients.
 */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "broker_id", nullable = false)
    private Long brokerId;

    @Column(name = "event_type", length = 32, nullable = false)
    private String eventType;

    @Column(name = "subject", length = 255)
    private String subject;

    @Column(name = "body", length = 16000)
    private String body;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected NotificationTemplate() {
    }

    public NotificationTemplate(Long brokerId, String eventType, String subject, String body) {
        this.brokerId = brokerId;
        this.eventType = eventType;
        this.subject = subject;
        this.body = body;
    }

    public Long getId() { return id; }
    public Long getBrokerId() { return brokerId; }
    public String getEventType() { return eventType; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; this.updatedAt = Instant.now(); }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; this.updatedAt = Instant.now(); }
    public Instant getUpdatedAt() { return updatedAt; }
}

package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "broker_id", nullable = false)
    private Long brokerId;

    @Column(name = "event_type", length = 32)
    private String eventType;

    @Column(name = "callback_url", length = 2048)
    private String callbackUrl;

    @Column(name = "signing_secret", length = 128)
    private String signingSecret;

    @Column(name = "active")
    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected WebhookSubscription() {
    }

    public WebhookSubscription(Long brokerId, String eventType, String callbackUrl, String signingSecret) {
        this.brokerId = brokerId;
        this.eventType = eventType;
        this.callbackUrl = callbackUrl;
        this.signingSecret = signingSecret;
    }

    public Long getId() { return id; }
    public Long getBrokerId() { return brokerId; }
    public String getEventType() { return eventType; }
    public String getCallbackUrl() { return callbackUrl; }
    public String getSigningSecret() { return signingSecret; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
}

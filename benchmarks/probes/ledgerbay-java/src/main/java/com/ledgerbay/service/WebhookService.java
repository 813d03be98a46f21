package com.ledgerbay.service;

import com.ledgerbay.domain.WebhookSubscription;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.repository.WebhookRepository;
import com.ledgerbay.security.UrlPolicies;
import com.ledgerbay.security.TokenGenerator;

import java.util.List;
import java.util.Set;

/**
 * Brokers subscribe their back-office systems to entry events; deliveries happen asynchronously.
 */
public class WebhookService {

    public static final Set<String> EVENT_TYPES = Set.of("filing.submitted", "entry.status", "document.converted");

    private final WebhookRepository repository;
    private final JobPublisher jobs;

    public WebhookService(WebhookRepository repository, JobPublisher jobs) {
        this.repository = repository;
        this.jobs = jobs;
    }

    public WebhookSubscription register(long brokerId, String eventType, String callbackUrl) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new IllegalArgumentException("unknown event type " + eventType);
        }
        if (!UrlPolicies.looksLikeWebhookEndpoint(callbackUrl)) {
            throw new IllegalArgumentException("callback must be an https URL");
        }
        String secret = TokenGenerator.webhookSigningSecret();
        return repository.save(new WebhookSubscription(brokerId, eventType, callbackUrl.trim(), secret));
    }

    public void unregister(long brokerId, long subscriptionId) {
        repository.deactivate(subscriptionId, brokerId);
    }

    public void publish(long brokerId, String eventType, String payloadJson) {
        List<WebhookSubscription> targets = repository.activeFor(brokerId, eventType);
        for (WebhookSubscription target : targets) {
            jobs.publishWebhook(target.getId(), eventType, payloadJson);
        }
    }
}

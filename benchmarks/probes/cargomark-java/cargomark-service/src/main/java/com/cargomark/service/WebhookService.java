package com.cargomark.service;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.cargomark.domain.WebhookDelivery;
import com.cargomark.domain.WebhookSubscription;
import com.cargomark.repository.WebhookDeliveryRepository;
import com.cargomark.repository.WebhookSubscriptionRepository;
import com.cargomark.web.dto.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class WebhookService {

    public static final Set<String> EVENT_TYPES =
            Set.of("shipment.status", "shipment.eta", "declaration.status", "invoice.issued");

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final SecureRandom secureRandom = new SecureRandom();

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @Transactional
    public WebhookSubscription register(UUID customerId, String eventType, String callbackUrl) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new BadRequestException("Unknown event type " + eventType);
        }
        URI uri;
        try {
            uri = URI.create(callbackUrl);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Invalid callback URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new BadRequestException("Callback URL must use http or https");
        }
        byte[] secret = new byte[32];
        secureRandom.nextBytes(secret);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.setCustomerId(customerId);
        subscription.setEventType(eventType);
        subscription.setCallbackUrl(uri.toString());
        subscription.setSigningSecret(HexFormat.of().formatHex(secret));
        return subscriptions.save(subscription);
    }

    @Transactional
    public void enqueue(UUID customerId, String eventType, String payload) {
        List<WebhookSubscription> targets =
                subscriptions.findByCustomerIdAndEventTypeAndActiveTrue(customerId, eventType);
        for (WebhookSubscription target : targets) {
            deliveries.save(new WebhookDelivery(target, payload));
        }
    }
}

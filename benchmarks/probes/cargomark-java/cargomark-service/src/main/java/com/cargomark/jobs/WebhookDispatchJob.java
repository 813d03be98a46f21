package com.cargomark.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.cargomark.domain.WebhookDelivery;
import com.cargomark.domain.WebhookSubscription;
import com.cargomark.repository.WebhookDeliveryRepository;
import com.cargomark.service.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class WebhookDispatchJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatchJob.class);
    private static final long BASE_BACKOFF_SECONDS = 30;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSigner signer;
    private final WebClient webClient;

    public WebhookDispatchJob(WebhookDeliveryRepository deliveries, WebhookSigner signer,
                              @Qualifier("webhookWebClient") WebClient webClient) {
        this.deliveries = deliveries;
        this.signer = signer;
        this.webClient = webClient;
    }

    @Transactional
    @Scheduled(fixedDelayString = "${cargomark.webhooks.dispatch-interval:PT30S}")
    public void dispatchDue() {
        List<WebhookDelivery> due = deliveries.findDue(Instant.now());
        for (WebhookDelivery delivery : due) {
            WebhookSubscription subscription = delivery.getSubscription();
            if (!subscription.isActive()) {
                continue;
            }
            try {
                webClient.post().uri(subscription.getCallbackUrl()) // VULN ssrf
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Cargomark-Event", subscription.getEventType())
                        .header("X-Cargomark-Delivery", delivery.getId().toString())
                        .header("X-Cargomark-Signature", signer.sign(subscription.getSigningSecret(), delivery.getPayload()))
                        .bodyValue(delivery.getPayload())
                        .retrieve()
                        .toBodilessEntity()
                        .block(REQUEST_TIMEOUT);
                delivery.markDelivered();
            } catch (RuntimeException e) {
                long backoff = BASE_BACKOFF_SECONDS << Math.min(delivery.getAttempts(), 8);
                long jitter = ThreadLocalRandom.current().nextLong(backoff / 4 + 1); // SAFE random
                delivery.scheduleRetry(Instant.now().plusSeconds(backoff + jitter));
                log.info("Webhook delivery {} failed (attempt {}): {}",
                        delivery.getId(), delivery.getAttempts(), e.getMessage());
            }
        }
    }
}

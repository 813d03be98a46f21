package com.cargomark.repository;

import java.util.List;
import java.util.UUID;

import com.cargomark.domain.WebhookSubscription;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, UUID> {

    List<WebhookSubscription> findByCustomerIdAndEventTypeAndActiveTrue(UUID customerId, String eventType);

    List<WebhookSubscription> findByCustomerId(UUID customerId);
}

package com.cargomark.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cargomark.domain.WebhookDelivery;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, UUID> {

    @Query("select d from WebhookDelivery d join fetch d.subscription"
            + " where d.status = com.cargomark.domain.WebhookDelivery.Status.PENDING and d.nextAttemptAt <= :now"
            + " order by d.nextAttemptAt")
    List<WebhookDelivery> findDue(@Param("now") Instant now);
}

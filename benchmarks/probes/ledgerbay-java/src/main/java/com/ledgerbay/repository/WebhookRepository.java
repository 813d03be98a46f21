package com.ledgerbay.repository;

import com.ledgerbay.config.HibernateSessions;
import com.ledgerbay.domain.WebhookSubscription;

import java.util.List;
import java.util.Optional;

public class WebhookRepository {

    public WebhookSubscription save(WebhookSubscription subscription) {
        return HibernateSessions.write(session -> session.merge(subscription));
    }

    public Optional<WebhookSubscription> findById(long id) {
        return HibernateSessions.read(session -> Optional.ofNullable(session.get(WebhookSubscription.class, id)));
    }

    public List<WebhookSubscription> activeFor(long brokerId, String eventType) {
        return HibernateSessions.read(session -> session
                .createQuery("from WebhookSubscription w where w.brokerId = :b and w.eventType = :e and w.active = true",
                        WebhookSubscription.class)
                .setParameter("b", brokerId)
                .setParameter("e", eventType)
                .list());
    }

    public void deactivate(long id, long brokerId) {
        HibernateSessions.run(session -> session
                .createMutationQuery("update WebhookSubscription w set w.active = false where w.id = :id and w.brokerId = :b")
                .setParameter("id", id)
                .setParameter("b", brokerId)
                .executeUpdate());
    }
}

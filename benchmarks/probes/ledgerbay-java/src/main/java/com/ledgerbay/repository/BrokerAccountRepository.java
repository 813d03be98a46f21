package com.ledgerbay.repository;

import com.ledgerbay.config.HibernateSessions;
import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.domain.NotificationTemplate;

import java.util.Optional;

public class BrokerAccountRepository {

    public Optional<BrokerAccount> findByUsername(String username) {
        return HibernateSessions.read(session -> session
                .createQuery("from BrokerAccount b where b.username = :u", BrokerAccount.class)
                .setParameter("u", username)
                .uniqueResultOptional());
    }

    public Optional<BrokerAccount> findById(long id) {
        return HibernateSessions.read(session -> Optional.ofNullable(session.get(BrokerAccount.class, id)));
    }

    public BrokerAccount save(BrokerAccount account) {
        return HibernateSessions.write(session -> session.merge(account));
    }

    public Optional<NotificationTemplate> templateFor(long brokerId, String eventType) {
        return HibernateSessions.read(session -> session
                .createQuery("from NotificationTemplate t where t.brokerId = :b and t.eventType = :e", NotificationTemplate.class)
                .setParameter("b", brokerId)
                .setParameter("e", eventType)
                .uniqueResultOptional());
    }

    public NotificationTemplate saveTemplate(NotificationTemplate template) {
        return HibernateSessions.write(session -> session.merge(template));
    }
}

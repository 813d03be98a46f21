package com.ledgerbay.messaging;

import com.ledgerbay.client.WebhookDispatcher;
import com.ledgerbay.domain.WebhookSubscription;
import com.ledgerbay.repository.WebhookRepository;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Worker for {@link JobPublisher#WEBHOOK_QUEUE}.
 */
public class WebhookDispatchListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WebhookDispatchListener.class.getName());
    private static final int MAX_ATTEMPTS = 5;

    private final WebhookRepository subscriptions;
    private final WebhookDispatcher dispatcher;
    private final JobPublisher retries;

    public WebhookDispatchListener(WebhookRepository subscriptions, WebhookDispatcher dispatcher, JobPublisher retries) {
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.retries = retries;
    }

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof MapMessage map)) {
            return;
        }
        try {
            long subscriptionId = map.getLong("subscriptionId");
            String eventType = map.getString("eventType");
            String payload = map.getString("payload");
            int attempt = map.getInt("attempt");
            Optional<WebhookSubscription> subscription = subscriptions.findById(subscriptionId);
            if (subscription.isEmpty() || !subscription.get().isActive()) {
                return;
            }
            int status = dispatcher.deliver(subscription.get(), eventType, payload);
            if (status >= 500 && attempt < MAX_ATTEMPTS) {
                retries.publishWebhook(subscriptionId, eventType, payload);
            }
            LOG.fine(() -> "webhook " + subscriptionId + " -> " + status);
        } catch (JMSException | IOException e) {
            LOG.log(Level.WARNING, "webhook delivery failed", e);
        }
    }
}

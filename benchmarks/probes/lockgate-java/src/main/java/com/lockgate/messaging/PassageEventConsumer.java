package com.lockgate.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lockgate.client.WebhookClient;
import com.lockgate.model.PassageEvent;
import com.lockgate.model.WebhookSubscription;
import com.lockgate.repository.PassageLogRepository;
import com.lockgate.repository.WebhookRepository;
import com.lockgate.service.BookingService;
import com.lockgate.util.MessageCodec;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumes chamber-passage events from the lock-side gateways, writes them to the
 * passage log, closes off the matching booking and tells subscribed partners.
 */
public class PassageEventConsumer extends DefaultConsumer {

    private static final Logger LOG = Logger.getLogger(PassageEventConsumer.class.getName());

    private final boolean filteredFraming;
    private final PassageLogRepository passageLog = new PassageLogRepository();
    private final WebhookRepository webhooks = new WebhookRepository();
    private final BookingService bookings = new BookingService();
    private final WebhookClient webhookClient = new WebhookClient();
    private final ObjectMapper json = new ObjectMapper();

    public PassageEventConsumer(Channel channel, boolean filteredFraming) {
        super(channel);
        this.filteredFraming = filteredFraming;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) throws IOException {
        long tag = envelope.getDeliveryTag();
        try {
            PassageEvent event;
            if (filteredFraming) {
                event = MessageCodec.decodePassage(body);
            } else {
                Object decoded = MessageCodec.decode(body);
                if (!(decoded instanceof PassageEvent pe)) {
                    LOG.warning("unexpected message type on v1 queue from " + properties.getAppId());
                    getChannel().basicReject(tag, false);
                    return;
                }
                event = pe;
            }
            if (event.getClearedAt() == null) {
                event.setClearedAt(Instant.now());
            }
            passageLog.record(event);
            if (event.getBookingId() != null) {
                bookings.markPassed(event.getBookingId());
            }
            notifyPartners(event);
            getChannel().basicAck(tag, false);
        } catch (ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "dropping passage event", e);
            getChannel().basicNack(tag, false, false);
        }
    }

    private void notifyPartners(PassageEvent event) {
        ObjectNode payload = json.createObjectNode();
        payload.put("type", "passage.cleared");
        payload.put("lockCode", event.getLockCode());
        payload.put("vessel", event.getVesselName());
        payload.put("registrationNo", event.getRegistrationNo());
        payload.put("direction", event.getDirection());
        payload.put("clearedAt", event.getClearedAt().toString());
        String body = payload.toString();
        for (WebhookSubscription sub : webhooks.activeForLock(event.getLockCode())) {
            try {
                int status = webhookClient.deliver(sub, body);
                if (status == 410) {
                    webhooks.deactivate(sub.getId());
                }
            } catch (IOException e) {
                LOG.log(Level.INFO, "webhook delivery to " + sub.getPartnerName() + " failed", e);
            }
        }
    }
}

package com.lockgate.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockgate.client.WebhookClient;
import com.lockgate.service.LockControlService;
import com.lockgate.service.LockControlService.LockCommand;
import com.lockgate.service.LockControlService.Outcome;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs gate commands one at a time (prefetch 1) so two keepers cannot drive the same
 * flight at once, then reports the outcome to the caller's status callback.
 */
public class LockCommandConsumer extends DefaultConsumer {

    private static final Logger LOG = Logger.getLogger(LockCommandConsumer.class.getName());

    private final LockControlService lockControl = new LockControlService();
    private final WebhookClient callbacks = new WebhookClient();
    private final ObjectMapper json = new ObjectMapper();

    public LockCommandConsumer(Channel channel) {
        super(channel);
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) throws IOException {
        long tag = envelope.getDeliveryTag();
        LockCommand cmd;
        try {
            cmd = json.readValue(body, LockCommand.class);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "unreadable gate command " + properties.getCorrelationId(), e);
            getChannel().basicReject(tag, false);
            return;
        }
        Outcome outcome;
        try {
            outcome = lockControl.execute(cmd);
        } catch (IllegalArgumentException e) {
            outcome = new Outcome(cmd.gate(), cmd.action(), 2, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getChannel().basicNack(tag, false, true);
            return;
        }
        LOG.info("gate " + cmd.gate() + " " + cmd.action() + " by " + cmd.requestedBy() + " exit " + outcome.exitCode());
        if (cmd.statusCallback() != null && !cmd.statusCallback().isBlank()) {
            try {
                callbacks.postStatus(cmd.statusCallback(), json.writeValueAsString(outcome));
            } catch (IOException e) {
                LOG.log(Level.INFO, "status callback failed for " + properties.getCorrelationId(), e);
            }
        }
        getChannel().basicAck(tag, false);
    }
}

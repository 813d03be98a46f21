package com.cargomark.callbacks.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** Publishes carrier callbacks to the {@code cargomark.carrier} topic exchange. */
public class EventPublisher implements AutoCloseable {

    private static final String EXCHANGE = "cargomark.carrier";

    private final Connection connection;
    private final Channel channel;

    public EventPublisher(String amqpUri) {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(amqpUri);
            factory.setAutomaticRecoveryEnabled(true);
            this.connection = factory.newConnection("cargomark-callbacks");
            this.channel = connection.createChannel();
            channel.confirmSelect();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot connect to RabbitMQ", e);
        }
    }

    public synchronized void publishTracking(String scac, String json) throws IOException {
        publish("tracking." + scac.toLowerCase(Locale.ROOT), scac, json);
    }

    public synchronized void publishBooking(String scac, String json) throws IOException {
        publish("booking." + scac.toLowerCase(Locale.ROOT), scac, json);
    }

    private void publish(String routingKey, String scac, String json) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("UTF-8")
                .deliveryMode(2)
                .headers(Map.of("scac", scac))
                .build();
        channel.basicPublish(EXCHANGE, routingKey, props, json.getBytes(StandardCharsets.UTF_8));
        try {
            channel.waitForConfirmsOrDie(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for broker confirm", e);
        } catch (TimeoutException e) {
            throw new IOException("Broker did not confirm publish", e);
        }
    }

    @Override
    public void close() throws IOException, TimeoutException {
        channel.close();
        connection.close();
    }
}

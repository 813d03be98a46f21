package com.moorgate.messaging;

import com.moorgate.api.InspectionJob;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import java.io.IOException;
import java.util.Map;

public class InspectionJobPublisher {

    public static final String EXCHANGE = "moorgate.inspections";
    public static final String QUEUE = "moorgate.inspections.assign";
    private static final String ROUTING_KEY = "inspection.booked";

    private final Channel channel;
    private final JobCodec codec;

    public InspectionJobPublisher(Channel channel, JobCodec codec) throws IOException {
        this.channel = channel;
        this.codec = codec;
        channel.exchangeDeclare(EXCHANGE, "topic", true);
        channel.queueDeclare(QUEUE, true, false, false, Map.of("x-dead-letter-exchange", EXCHANGE + ".dlx"));
        channel.queueBind(QUEUE, EXCHANGE, ROUTING_KEY);
    }

    public void publish(InspectionJob job) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType(JobCodec.JSON)
                .deliveryMode(2)
                .messageId(job.getJobId().toString())
                .build();
        synchronized (channel) {
            channel.basicPublish(EXCHANGE, ROUTING_KEY, props, codec.encode(job));
        }
    }

    /** Relays a job produced by the legacy desk application without re-encoding it. */
    public void publishRaw(byte[] body, String contentType) throws IOException {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType(contentType == null ? JobCodec.JSON : contentType)
                .deliveryMode(2)
                .build();
        synchronized (channel) {
            channel.basicPublish(EXCHANGE, ROUTING_KEY, props, body);
        }
    }
}

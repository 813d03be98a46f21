package com.quarrystone.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarrystone.dto.RouteJob;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes dispatch events for the background workers. */
public class EventPublisher implements AutoCloseable {

    public static final String ROUTE_JOBS_TOPIC = "quarrystone.route-jobs";

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper mapper;

    public EventPublisher(String bootstrap, ObjectMapper mapper) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props);
        this.mapper = mapper;
    }

    public void publishRouteJob(RouteJob job) {
        try {
            String json = mapper.writeValueAsString(job);
            producer.send(new ProducerRecord<>(ROUTE_JOBS_TOPIC, Long.toString(job.getDispatchId()), json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise route job", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

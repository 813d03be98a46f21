package com.quarrystone.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarrystone.dto.RouteJob;
import com.quarrystone.service.RoutePlanner;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Background worker that plans routes for newly booked dispatches. */
public class RouteJobConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(RouteJobConsumer.class.getName());

    private final KafkaConsumer<String, String> consumer;
    private final RoutePlanner planner;
    private final ObjectMapper mapper;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public RouteJobConsumer(String bootstrap, String groupId, RoutePlanner planner, ObjectMapper mapper) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId + "-routes");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        this.consumer = new KafkaConsumer<>(props);
        this.planner = planner;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(Collections.singletonList(EventPublisher.ROUTE_JOBS_TOPIC));
            while (running.get()) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, String> record : records) {
                    try {
                        RouteJob job = mapper.readValue(record.value(), RouteJob.class);
                        String summary = planner.plan(job);
                        LOG.fine(() -> "Route for " + job.getDispatchId() + ": " + summary);
                    } catch (Exception e) {
                        LOG.log(Level.WARNING, "Route planning failed for key " + record.key(), e);
                    }
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    public void shutdown() {
        running.set(false);
        consumer.wakeup();
    }
}

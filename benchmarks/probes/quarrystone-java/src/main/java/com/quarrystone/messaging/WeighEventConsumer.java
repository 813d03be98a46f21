package com.quarrystone.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarrystone.dto.WeighReading;
import com.quarrystone.service.TicketService;
import com.quarrystone.util.LegacyFrameDecoder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumes weighbridge indicator readings. Modern indicators publish JSON on weigh-events;
 * the two legacy sites publish serialised frames on weigh-events-legacy.
 */
public class WeighEventConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(WeighEventConsumer.class.getName());
    static final String JSON_TOPIC = "quarrystone.weigh-events";
    static final String LEGACY_TOPIC = "quarrystone.weigh-events-legacy";

    private final KafkaConsumer<String, byte[]> consumer;
    private final TicketService tickets;
    private final ObjectMapper mapper;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public WeighEventConsumer(String bootstrap, String groupId, TicketService tickets, ObjectMapper mapper) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId + "-weigh");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        this.consumer = new KafkaConsumer<>(props);
        this.tickets = tickets;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(JSON_TOPIC, LEGACY_TOPIC));
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
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

    private void handle(ConsumerRecord<String, byte[]> record) {
        try {
            WeighReading reading;
            if (LEGACY_TOPIC.equals(record.topic())) {
                reading = LegacyFrameDecoder.decode(record.value());
            } else {
                reading = mapper.readValue(record.value(), WeighReading.class); // SAFE deser
            }
            tickets.applyReading(reading);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Dropping weigh event at offset " + record.offset() + " on " + record.topic(), e);
        }
    }

    public void shutdown() {
        running.set(false);
        consumer.wakeup();
    }
}

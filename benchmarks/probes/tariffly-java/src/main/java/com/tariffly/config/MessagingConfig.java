package com.tariffly.config;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class MessagingConfig {

    public static final String EXCHANGE = "tariffly.events";
    public static final String CARRIER_EVENTS_QUEUE = "carrier.events";
    public static final String CLASSIFICATION_QUEUE = "classification.jobs";

    @Bean
    public TopicExchange tarifflyExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    public Queue carrierEventsQueue() {
        return new Queue(CARRIER_EVENTS_QUEUE, true);
    }

    @Bean
    public Queue classificationQueue() {
        return new Queue(CLASSIFICATION_QUEUE, true);
    }

    @Bean
    public Binding carrierEventsBinding(TopicExchange tarifflyExchange, Queue carrierEventsQueue) {
        return BindingBuilder.bind(carrierEventsQueue).to(tarifflyExchange).with("carrier.#");
    }

    @Bean
    public Binding classificationBinding(TopicExchange tarifflyExchange, Queue classificationQueue) {
        return BindingBuilder.bind(classificationQueue).to(tarifflyExchange).with("classification.#");
    }

    @Bean
    @Primary
    public ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Carrier events arrive in several shapes (gate-in, vessel departure,
     * customs hold...). The mapper keeps the concrete type in the payload so
     * the listener can route on it.
     */
    @Bean("carrierEventMapper")
    public ObjectMapper carrierEventMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.NON_FINAL, JsonTypeInfo.As.PROPERTY);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return mapper;
    }
}

package com.cargomark.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RabbitConfig {

    public static final String CARRIER_EXCHANGE = "cargomark.carrier";
    public static final String TRACKING_QUEUE = "cargomark.tracking-events";
    public static final String BOOKING_QUEUE = "cargomark.booking-updates";

    public static final String REPORTS_EXCHANGE = "cargomark.reports";
    public static final String REPORTS_QUEUE = "cargomark.reports.revenue";

    @Bean
    public TopicExchange carrierExchange() {
        return new TopicExchange(CARRIER_EXCHANGE, true, false);
    }

    @Bean
    public Queue trackingQueue() {
        return QueueBuilder.durable(TRACKING_QUEUE).deadLetterExchange(CARRIER_EXCHANGE + ".dlx").build();
    }

    @Bean
    public Queue bookingQueue() {
        return QueueBuilder.durable(BOOKING_QUEUE).deadLetterExchange(CARRIER_EXCHANGE + ".dlx").build();
    }

    @Bean
    public Binding trackingBinding(TopicExchange carrierExchange, Queue trackingQueue) {
        return BindingBuilder.bind(trackingQueue).to(carrierExchange).with("tracking.#");
    }

    @Bean
    public Binding bookingBinding(TopicExchange carrierExchange, Queue bookingQueue) {
        return BindingBuilder.bind(bookingQueue).to(carrierExchange).with("booking.#");
    }

    @Bean
    public DirectExchange reportsExchange() {
        return new DirectExchange(REPORTS_EXCHANGE, true, false);
    }

    @Bean
    public Queue reportsQueue() {
        return QueueBuilder.durable(REPORTS_QUEUE).build();
    }

    @Bean
    public Binding reportsBinding(DirectExchange reportsExchange, Queue reportsQueue) {
        return BindingBuilder.bind(reportsQueue).to(reportsExchange).with("report.revenue");
    }

    @Bean
    public MessageConverter jsonMessageConverter(ObjectMapper objectMapper) {
        Jackson2JsonMessageConverter converter = new Jackson2JsonMessageConverter(objectMapper);
        converter.setAlwaysConvertToInferredType(true);
        return converter;
    }
}

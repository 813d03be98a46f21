package coop.pressworks.worker.config;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

@Configuration
public class AmqpConfig {

    public static final String EXCHANGE = "pressworks.jobs";
    public static final String LABEL_QUEUE = "label.print";
    public static final String INTAKE_QUEUE = "intake.ticket";

    @Bean
    public ConnectionFactory rabbitConnectionFactory(@Value("${pressworks.amqp.host:localhost}") String host,
                                                     @Value("${pressworks.amqp.username:press-worker}") String username,
                                                     @Value("${pressworks.amqp.password}") String password) {
        CachingConnectionFactory factory = new CachingConnectionFactory(host);
        factory.setUsername(username);
        factory.setPassword(password); // SAFE secret
        factory.setVirtualHost("/pressworks");
        return factory;
    }

    @Bean
    public TopicExchange jobsExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    public Queue labelQueue() {
        return QueueBuilder.durable(LABEL_QUEUE).deadLetterExchange(EXCHANGE + ".dlx").build();
    }

    @Bean
    public Queue intakeQueue() {
        return QueueBuilder.durable(INTAKE_QUEUE).deadLetterExchange(EXCHANGE + ".dlx").build();
    }

    @Bean
    public Binding labelBinding(Queue labelQueue, TopicExchange jobsExchange) {
        return BindingBuilder.bind(labelQueue).to(jobsExchange).with(LABEL_QUEUE);
    }

    @Bean
    public Binding intakeBinding(Queue intakeQueue, TopicExchange jobsExchange) {
        return BindingBuilder.bind(intakeQueue).to(jobsExchange).with(INTAKE_QUEUE);
    }

    @Bean
    public MessageConverter jobMessageConverter(ObjectMapper objectMapper) {
        return new Jackson2JsonMessageConverter(objectMapper);
    }

    @Bean
    public SimpleRabbitListenerContainerFactory rabbitListenerContainerFactory(ConnectionFactory connectionFactory,
                                                                               MessageConverter jobMessageConverter) {
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        factory.setConnectionFactory(connectionFactory);
        factory.setMessageConverter(jobMessageConverter);
        factory.setConcurrentConsumers(2);
        factory.setMaxConcurrentConsumers(4);
        factory.setDefaultRequeueRejected(false);
        return factory;
    }
}

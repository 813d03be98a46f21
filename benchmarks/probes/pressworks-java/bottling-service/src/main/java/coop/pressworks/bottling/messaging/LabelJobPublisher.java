package coop.pressworks.bottling.messaging;

import coop.pressworks.bottling.api.BottlingApi.LabelPrintJob;
import io.dropwizard.lifecycle.Managed;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;

/**
 * Publishes label print jobs for the press worker, which owns the CUPS queues
 * in the bottling hall.
 */
public class LabelJobPublisher implements Managed {

    public static final String EXCHANGE = "pressworks.jobs";
    public static final String ROUTING_KEY = "label.print";

    private final CachingConnectionFactory connectionFactory;
    private final RabbitTemplate template;

    public LabelJobPublisher(String host, String user, String password) {
        this.connectionFactory = new CachingConnectionFactory(host);
        this.connectionFactory.setUsername(user);
        this.connectionFactory.setPassword(password);
        this.template = new RabbitTemplate(connectionFactory);
        this.template.setMessageConverter(new Jackson2JsonMessageConverter());
    }

    public void publish(LabelPrintJob job) {
        template.convertAndSend(EXCHANGE, ROUTING_KEY, job);
    }

    @Override
    public void stop() {
        connectionFactory.destroy();
    }
}

package coop.pressworks.orchard.messaging;

import coop.pressworks.orchard.model.IntakeModels.IntakeTicketJob;
import io.micronaut.rabbitmq.annotation.Binding;
import io.micronaut.rabbitmq.annotation.RabbitClient;
import io.micronaut.rabbitmq.annotation.RabbitProperty;

/**
 * Publishes work for the press-worker service onto the cooperative's job exchange.
 */
@RabbitClient("pressworks.jobs")
@RabbitProperty(name = "contentType", value = "application/json")
public interface PressJobClient {

    @Binding("intake.ticket")
    void ticketRecorded(IntakeTicketJob job);
}

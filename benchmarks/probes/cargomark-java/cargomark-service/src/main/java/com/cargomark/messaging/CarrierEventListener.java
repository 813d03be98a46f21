package com.cargomark.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.cargomark.config.RabbitConfig;
import com.cargomark.domain.Shipment;
import com.cargomark.domain.ShipmentStatus;
import com.cargomark.repository.ShipmentRepository;
import com.cargomark.service.WebhookService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class CarrierEventListener {

    private static final Logger log = LoggerFactory.getLogger(CarrierEventListener.class);

    private static final Map<String, ShipmentStatus> EVENT_STATUS = Map.of(
            "GTIN", ShipmentStatus.GATE_IN,
            "LOAD", ShipmentStatus.LOADED,
            "DEPA", ShipmentStatus.IN_TRANSIT,
            "DISC", ShipmentStatus.DISCHARGED,
            "HOLD", ShipmentStatus.CUSTOMS_HOLD,
            "RELS", ShipmentStatus.RELEASED,
            "DLVD", ShipmentStatus.DELIVERED);

    private final ObjectMapper carrierEventMapper;
    private final ObjectMapper objectMapper;
    private final ShipmentRepository shipments;
    private final WebhookService webhooks;

    public CarrierEventListener(@Qualifier("carrierEventMapper") ObjectMapper carrierEventMapper,
                                ObjectMapper objectMapper,
                                ShipmentRepository shipments,
                                WebhookService webhooks) {
        this.carrierEventMapper = carrierEventMapper;
        this.objectMapper = objectMapper;
        this.shipments = shipments;
        this.webhooks = webhooks;
    }

    @Transactional
    @RabbitListener(queues = RabbitConfig.TRACKING_QUEUE)
    public void onTrackingEvent(Message message) throws IOException {
        String payload = new String(message.getBody(), StandardCharsets.UTF_8);
        CarrierEvent event = carrierEventMapper.readValue(payload, CarrierEvent.class); // VULN deser
        ShipmentStatus status = EVENT_STATUS.get(event.getEventCode());
        if (status == null) {
            log.debug("Ignoring carrier event {} for {}", event.getEventCode(), event.getTrackingNumber());
            return;
        }
        shipments.findByCarrierCodeAndTrackingNumber(event.getScac().toLowerCase(Locale.ROOT), event.getTrackingNumber())
                .ifPresent(shipment -> applyStatus(shipment, status, event));
    }

    @Transactional
    @RabbitListener(queues = RabbitConfig.BOOKING_QUEUE)
    public void onBookingUpdate(Message message) throws IOException {
        BookingUpdate update = objectMapper.readValue(message.getBody(), BookingUpdate.class); // SAFE deser
        switch (update) {
            case BookingUpdate.Confirmed c -> log.info("Booking {} confirmed on {} / {}", c.bookingNumber(), c.vessel(), c.voyage());
            case BookingUpdate.Rejected r -> log.warn("Booking {} rejected: {}", r.bookingNumber(), r.reason());
            case BookingUpdate.Amended a -> log.info("Booking {} amended ({})", a.bookingNumber(), a.field());
        }
    }

    private void applyStatus(Shipment shipment, ShipmentStatus status, CarrierEvent event) {
        if (shipment.getStatus() == status) {
            return;
        }
        shipment.setStatus(status);
        try {
            String payload = objectMapper.writeValueAsString(Map.of(
                    "shipment", shipment.getReference(),
                    "status", status.name(),
                    "location", String.valueOf(event.getLocation()),
                    "occurredAt", String.valueOf(event.getOccurredAt())));
            webhooks.enqueue(shipment.getCustomerId(), "shipment.status", payload);
        } catch (IOException e) {
            log.error("Could not serialise webhook payload for {}", shipment.getReference(), e);
        }
    }
}

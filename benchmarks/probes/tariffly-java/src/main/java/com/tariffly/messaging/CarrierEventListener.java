package com.tariffly.messaging;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tariffly.client.CarrierGatewayClient;
import com.tariffly.config.MessagingConfig;
import com.tariffly.service.ShipmentService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Worker for carrier events relayed by the shipment API (forwarders that
 * cannot reach the webhook endpoint post them through the REST API instead).
 */
@Component
public class CarrierEventListener {

    private static final Logger log = LoggerFactory.getLogger(CarrierEventListener.class);

    private final ObjectMapper carrierEventMapper;
    private final ShipmentService shipmentService;
    private final CarrierGatewayClient gatewayClient;

    public CarrierEventListener(@Qualifier("carrierEventMapper") ObjectMapper carrierEventMapper,
                                ShipmentService shipmentService,
                                CarrierGatewayClient gatewayClient) {
        this.carrierEventMapper = carrierEventMapper;
        this.shipmentService = shipmentService;
        this.gatewayClient = gatewayClient;
    }

    @RabbitListener(queues = MessagingConfig.CARRIER_EVENTS_QUEUE)
    public void onCarrierEvent(String body) throws IOException {
        Object event = carrierEventMapper.readValue(body, Object.class); // VULN deser
        if (!(event instanceof Map<?, ?> fields)) {
            log.info("Ignoring carrier event of type {}", event == null ? null : event.getClass().getName());
            return;
        }
        String reference = String.valueOf(fields.get("shipmentRef"));
        String status = fields.get("status") == null ? null : String.valueOf(fields.get("status"));
        boolean updated = shipmentService.recordCarrierUpdate(reference, status, null);
        if (updated && "CUSTOMS_HOLD".equals(status)) {
            gatewayClient.sendInterchange(holdNotification(reference));
        }
    }

    private static String holdNotification(String reference) {
        return "UNB+UNOC:3+TARIFFLY+CARRIERS+240101:1200+1'UNH+1+IFTSTA:D:01B:UN'BGM+23+"
                + reference.replaceAll("[^A-Z0-9-]", "") + "+9'STS+1+HLD'UNT+4+1'UNZ+1+1'";
    }
}

package com.tariffly.controller;

import java.util.List;
import java.util.Map;

import com.tariffly.config.MessagingConfig;
import com.tariffly.dto.ApiModels.ShipmentSummary;
import com.tariffly.model.Shipment;
import com.tariffly.service.ShipmentService;

import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    private final ShipmentService shipmentService;
    private final RabbitTemplate rabbitTemplate;

    public ShipmentController(ShipmentService shipmentService, RabbitTemplate rabbitTemplate) {
        this.shipmentService = shipmentService;
        this.rabbitTemplate = rabbitTemplate;
    }

    @GetMapping("/search")
    public List<ShipmentSummary> search(@RequestParam(required = false) String status,
                                        @RequestParam(defaultValue = "eta") String sort,
                                        @RequestParam(defaultValue = "asc") String dir) {
        return shipmentService.search(status, sort, dir);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Shipment> get(@PathVariable long id) {
        return shipmentService.get(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/importer/{importerId}")
    public List<Shipment> forImporter(@PathVariable Long importerId,
                                      @RequestParam(defaultValue = "IN_TRANSIT") String status) {
        return shipmentService.forImporter(importerId, status);
    }

    @GetMapping("/lanes")
    public Map<String, Object> lane(@RequestParam String origin, @RequestParam String destination,
                                    @RequestParam(defaultValue = "eta") String sort) {
        List<Object[]> rows = shipmentService.lane(origin, destination, sort);
        return Map.of("origin", origin, "destination", destination, "shipments", rows.size(), "rows", rows);
    }

    /**
     * Relay for carrier events from forwarders without webhook access. The
     * payload is queued untouched and processed by the carrier event worker.
     */
    @PostMapping(value = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> relayCarrierEvent(@RequestHeader("X-Carrier-Code") String carrierCode,
                                                  @RequestBody String payload) {
        if (payload.length() > 64_000) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        rabbitTemplate.convertAndSend(MessagingConfig.EXCHANGE, "carrier." + carrierCode.toLowerCase(), payload,
                message -> {
                    message.getMessageProperties().setContentType(MessageProperties.CONTENT_TYPE_JSON);
                    return message;
                });
        return ResponseEntity.accepted().build();
    }
}

package coop.pressworks.bottling.service;

import coop.pressworks.bottling.api.BottlingApi.Distributor;
import coop.pressworks.bottling.api.BottlingApi.Shipment;
import coop.pressworks.bottling.api.BottlingApi.TrackingStatus;
import coop.pressworks.bottling.client.CourierClient;
import coop.pressworks.bottling.client.DistributorNotifier;
import coop.pressworks.bottling.db.DistributorDao;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

public class ShipmentService {

    private final DistributorDao distributors;
    private final DistributorNotifier notifier;
    private final CourierClient courier;

    public ShipmentService(DistributorDao distributors, DistributorNotifier notifier, CourierClient courier) {
        this.distributors = distributors;
        this.notifier = notifier;
        this.courier = courier;
    }

    public Shipment dispatch(long shipmentId, String trackingNumber) {
        Shipment shipment = distributors.findShipment(shipmentId)
                .orElseThrow(() -> new NotFoundException("No shipment " + shipmentId));
        if (!"PACKED".equals(shipment.status())) {
            throw new BadRequestException("Shipment is " + shipment.status());
        }
        distributors.markDispatched(shipmentId, trackingNumber);
        Distributor distributor = distributors.findById(shipment.distributorId())
                .orElseThrow(() -> new NotFoundException("Distributor missing"));
        if (distributor.webhookUrl() != null && !distributor.webhookUrl().isBlank()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", "shipment.dispatched");
            event.put("shipmentId", shipmentId);
            event.put("trackingNumber", trackingNumber);
            event.put("lots", shipment.lotCodes());
            event.put("cases", shipment.cases());
            event.put("at", Instant.now().toString());
            notifier.post(distributor.webhookUrl(), event);
        }
        return distributors.findShipment(shipmentId).orElse(shipment);
    }

    public TrackingStatus tracking(long shipmentId) throws IOException {
        Shipment shipment = distributors.findShipment(shipmentId)
                .orElseThrow(() -> new NotFoundException("No shipment " + shipmentId));
        if (shipment.trackingNumber() == null) {
            throw new NotFoundException("Shipment not dispatched yet");
        }
        return courier.track(shipment.trackingNumber());
    }

    public void registerWebhook(long distributorId, String url) {
        if (url == null || !url.startsWith("https://") || url.length() > 500) {
            throw new BadRequestException("Webhook must be an https:// URL");
        }
        distributors.updateWebhook(distributorId, url);
    }
}

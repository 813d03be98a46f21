package com.cargomark.service;

import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.cargomark.domain.Shipment;
import com.cargomark.domain.ShipmentStatus;
import com.cargomark.repository.ShipmentRepository;
import com.cargomark.repository.ShipmentSearchDao;
import com.cargomark.web.dto.BadRequestException;
import com.cargomark.web.dto.CreateShipmentRequest;
import com.cargomark.web.dto.PageResponse;
import com.cargomark.web.dto.ShipmentSearchCriteria;
import com.cargomark.web.dto.ShipmentSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShipmentService {

    private static final Set<String> SORT_DIRECTIONS = Set.of("asc", "desc");

    private final ShipmentRepository shipments;
    private final ShipmentSearchDao searchDao;

    public ShipmentService(ShipmentRepository shipments, ShipmentSearchDao searchDao) {
        this.shipments = shipments;
        this.searchDao = searchDao;
    }

    @Transactional(readOnly = true)
    public PageResponse<ShipmentSummary> search(ShipmentSearchCriteria criteria) {
        String direction = criteria.direction() == null ? "desc" : criteria.direction().toLowerCase(Locale.ROOT);
        if (!SORT_DIRECTIONS.contains(direction)) {
            throw new BadRequestException("Unsupported sort direction: " + criteria.direction());
        }
        ShipmentSearchCriteria normalized = criteria.withDirection(direction);
        List<ShipmentSummary> rows = searchDao.find(normalized);
        long total = searchDao.count(normalized);
        return new PageResponse<>(rows, criteria.page(), criteria.size(), total);
    }

    @Transactional
    public Shipment create(UUID customerId, CreateShipmentRequest request) {
        Shipment shipment = new Shipment();
        shipment.setReference(nextReference());
        shipment.setCustomerId(customerId);
        shipment.setOrigin(request.origin());
        shipment.setDestination(request.destination());
        shipment.setCarrierCode(request.carrierCode() == null ? null : request.carrierCode().toLowerCase(Locale.ROOT));
        shipment.setTrackingNumber(request.trackingNumber());
        shipment.setTrackingUrl(checkedUrl(request.trackingUrl()));
        shipment.setSpecialInstructions(request.specialInstructions());
        shipment.setConsigneeName(request.consigneeName());
        shipment.setConsigneeNote(request.consigneeNote());
        shipment.setTotalWeightKg(request.totalWeightKg());
        shipment.setTeuCount(request.teuCount());
        shipment.setWidgetKey(UUID.randomUUID().toString().replace("-", ""));
        shipment.setStatus(ShipmentStatus.DRAFT);
        return shipments.save(shipment);
    }

    @Transactional
    public Shipment updateTracking(UUID id, UUID customerId, String carrierCode, String trackingNumber, String trackingUrl) {
        Shipment shipment = get(id, customerId);
        shipment.setCarrierCode(carrierCode.toLowerCase(Locale.ROOT));
        shipment.setTrackingNumber(trackingNumber);
        shipment.setTrackingUrl(checkedUrl(trackingUrl));
        if (shipment.getStatus() == ShipmentStatus.DRAFT) {
            shipment.setStatus(ShipmentStatus.BOOKED);
        }
        return shipment;
    }

    @Transactional
    public Shipment duplicate(UUID id, UUID customerId) {
        Shipment original = get(id, customerId);
        Shipment copy = original.copyAsDraft(nextReference());
        copy.setWidgetKey(UUID.randomUUID().toString().replace("-", ""));
        return shipments.save(copy);
    }

    @Transactional(readOnly = true)
    public Shipment get(UUID id, UUID customerId) {
        return shipments.findByIdAndCustomerId(id, customerId)
                .orElseThrow(() -> new NotFoundException("Shipment " + id + " not found"));
    }

    @Transactional(readOnly = true)
    public Shipment getForWidget(String reference, String widgetKey) {
        return shipments.findByReferenceAndWidgetKey(reference, widgetKey)
                .orElseThrow(() -> new NotFoundException("Unknown shipment"));
    }

    private String nextReference() {
        return String.format("CM%d%07d", Year.now().getValue() % 100, shipments.nextReferenceNumber());
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Invalid tracking URL");
        }
    }
}

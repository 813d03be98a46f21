package com.tariffly.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tariffly.dto.ApiModels.ShipmentSummary;
import com.tariffly.model.Shipment;
import com.tariffly.repository.ShipmentRepository;
import com.tariffly.repository.ShipmentSearchDao;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShipmentService {

    private static final Logger log = LoggerFactory.getLogger(ShipmentService.class);

    /** Maps the column names used by the portal grid to database columns. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "eta", "s.eta",
            "reference", "s.reference",
            "status", "s.status",
            "updated", "s.last_carrier_update");

    private static final Set<String> STATUSES = Set.of(
            "BOOKED", "IN_TRANSIT", "ARRIVED", "CUSTOMS_HOLD", "CLEARED", "RELEASED");

    private final ShipmentRepository shipments;
    private final ShipmentSearchDao searchDao;

    public ShipmentService(ShipmentRepository shipments, ShipmentSearchDao searchDao) {
        this.shipments = shipments;
        this.searchDao = searchDao;
    }

    public List<ShipmentSummary> search(String status, String sort, String direction) {
        String normalizedStatus = status == null ? "IN_TRANSIT" : status.toUpperCase();
        if (!STATUSES.contains(normalizedStatus)) {
            throw new IllegalArgumentException("Unknown shipment status " + status);
        }
        String column = SORT_COLUMNS.getOrDefault(sort, sort == null ? "s.eta" : sort);
        String dir = "desc".equalsIgnoreCase(direction) ? "DESC" : "ASC";
        return searchDao.searchByStatus(normalizedStatus, column, dir, 250);
    }

    public List<Shipment> forImporter(Long importerId, String status) {
        return shipments.findForImporterByStatus(importerId, status.toUpperCase());
    }

    public Optional<Shipment> get(long id) {
        return shipments.findById(id);
    }

    public List<Object[]> lane(String origin, String destination, String sortKey) {
        return searchDao.laneReport(origin.toUpperCase(), destination.toUpperCase(), sortKey);
    }

    @Transactional
    public boolean recordCarrierUpdate(String reference, String statusCode, String trackingUrl) {
        Optional<Shipment> match = shipments.findByReference(reference);
        if (match.isEmpty()) {
            log.warn("Carrier update for unknown shipment {}", reference);
            return false;
        }
        Shipment shipment = match.get();
        if (statusCode != null && STATUSES.contains(statusCode)) {
            shipment.setStatus(statusCode);
        }
        if (trackingUrl != null && !trackingUrl.isBlank()) {
            shipment.setTrackingUrl(trackingUrl.trim());
        }
        shipment.setLastCarrierUpdate(Instant.now());
        shipments.save(shipment);
        return true;
    }
}

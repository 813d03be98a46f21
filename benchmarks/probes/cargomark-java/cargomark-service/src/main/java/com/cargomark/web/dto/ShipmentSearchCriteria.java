package com.cargomark.web.dto;

import java.util.UUID;

public record ShipmentSearchCriteria(
        UUID customerId,
        String status,
        String origin,
        String sort,
        String direction,
        int page,
        int size) {

    public ShipmentSearchCriteria withDirection(String normalizedDirection) {
        return new ShipmentSearchCriteria(customerId, status, origin, sort, normalizedDirection, page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}

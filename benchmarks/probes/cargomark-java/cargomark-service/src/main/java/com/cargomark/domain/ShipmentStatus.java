package com.cargomark.domain;

public enum ShipmentStatus {
    DRAFT("Draft"),
    BOOKED("Booked"),
    GATE_IN("Gated in"),
    LOADED("Loaded on vessel"),
    IN_TRANSIT("In transit"),
    DISCHARGED("Discharged"),
    CUSTOMS_HOLD("Customs hold"),
    RELEASED("Released"),
    DELIVERED("Delivered"),
    CANCELLED("Cancelled");

    private final String displayName;

    ShipmentStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED;
    }
}

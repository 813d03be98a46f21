package com.cargomark.messaging;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Tracking milestone reported by a carrier (gate-in, loaded, discharged, ...). */
public class CarrierEvent {

    private String scac;
    private String trackingNumber;
    private String eventCode;
    private OffsetDateTime occurredAt;
    private String location;
    private String vessel;
    private Map<String, Object> attributes = new HashMap<>();

    public String getScac() { return scac; }
    public void setScac(String scac) { this.scac = scac; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getEventCode() { return eventCode; }
    public void setEventCode(String eventCode) { this.eventCode = eventCode; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(OffsetDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getVessel() { return vessel; }
    public void setVessel(String vessel) { this.vessel = vessel; }
    public Map<String, Object> getAttributes() { return attributes; }
    public void setAttributes(Map<String, Object> attributes) { this.attributes = attributes; }
}

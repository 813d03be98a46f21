package com.lockgate.model;

import java.time.LocalDate;

/**
 * A cruising licence attached to a boat for a period.
 */
public class Licence {

    public enum Type { CONTINUOUS_CRUISER, HOME_MOORING, VISITOR_7_DAY, VISITOR_30_DAY, BUSINESS }

    private long id;
    private long boatId;
    private String licenceNumber;
    private Type type;
    private LocalDate validFrom;
    private LocalDate validTo;
    private int feePence;
    private String attachmentPath;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public long getBoatId() { return boatId; }
    public void setBoatId(long boatId) { this.boatId = boatId; }

    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }

    public Type getType() { return type; }
    public void setType(Type type) { this.type = type; }

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }

    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }

    public int getFeePence() { return feePence; }
    public void setFeePence(int feePence) { this.feePence = feePence; }

    public String getAttachmentPath() { return attachmentPath; }
    public void setAttachmentPath(String attachmentPath) { this.attachmentPath = attachmentPath; }

    public boolean isActiveOn(LocalDate day) {
        return validFrom != null && validTo != null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}

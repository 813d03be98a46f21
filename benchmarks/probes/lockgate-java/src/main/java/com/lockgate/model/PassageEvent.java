package com.lockgate.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * Emitted by lock-side controllers each time a vessel clears a chamber.
 */
public class PassageEvent implements Serializable {

    private static final long serialVersionUID = 3L;

    private String lockCode;
    private String vesselName;
    private String registrationNo;
    private String direction;
    private String operator;
    private Long bookingId;
    private Instant clearedAt;

    public String getLockCode() { return lockCode; }
    public void setLockCode(String lockCode) { this.lockCode = lockCode; }

    public String getVesselName() { return vesselName; }
    public void setVesselName(String vesselName) { this.vesselName = vesselName; }

    public String getRegistrationNo() { return registrationNo; }
    public void setRegistrationNo(String registrationNo) { this.registrationNo = registrationNo; }

    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }

    public String getOperator() { return operator; }
    public void setOperator(String operator) { this.operator = operator; }

    public Long getBookingId() { return bookingId; }
    public void setBookingId(Long bookingId) { this.bookingId = bookingId; }

    public Instant getClearedAt() { return clearedAt; }
    public void setClearedAt(Instant clearedAt) { this.clearedAt = clearedAt; }
}

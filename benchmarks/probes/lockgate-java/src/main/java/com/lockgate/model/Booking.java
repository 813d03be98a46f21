package com.lockgate.model;

import java.time.LocalDateTime;

/**
 * A reserved passage slot through a staffed lock or lock flight.
 */
public class Booking {

    public enum Status { PENDING, CONFIRMED, PASSED, CANCELLED, NO_SHOW }

    private long id;
    private String lockCode;
    private long boatId;
    private String boatName;
    private String skipperEmail;
    private LocalDateTime slotStart;
    private String direction;
    private String confirmationCode;
    private Status status = Status.PENDING;
    private int tollPence;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getLockCode() { return lockCode; }
    public void setLockCode(String lockCode) { this.lockCode = lockCode; }

    public long getBoatId() { return boatId; }
    public void setBoatId(long boatId) { this.boatId = boatId; }

    public String getBoatName() { return boatName; }
    public void setBoatName(String boatName) { this.boatName = boatName; }

    public String getSkipperEmail() { return skipperEmail; }
    public void setSkipperEmail(String skipperEmail) { this.skipperEmail = skipperEmail; }

    public LocalDateTime getSlotStart() { return slotStart; }
    public void setSlotStart(LocalDateTime slotStart) { this.slotStart = slotStart; }

    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }

    public String getConfirmationCode() { return confirmationCode; }
    public void setConfirmationCode(String confirmationCode) { this.confirmationCode = confirmationCode; }

    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }

    public int getTollPence() { return tollPence; }
    public void setTollPence(int tollPence) { this.tollPence = tollPence; }
}

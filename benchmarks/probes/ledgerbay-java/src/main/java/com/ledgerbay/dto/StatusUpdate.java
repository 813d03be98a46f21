package com.ledgerbay.dto;

import java.io.Serializable;
import java.time.Instant;

/**
 * A CBP ABI status notification (e.g. 1USG release, rejection, liquidation) as relayed by the ACE bridge.
 */
public class StatusUpdate implements Serializable {

    private static final long serialVersionUID = 3L;

    private String entryNumber;
    private String dispositionCode;
    private String narrative;
    private long receivedEpochMillis;

    public StatusUpdate() {
    }

    public StatusUpdate(String entryNumber, String dispositionCode, String narrative, Instant receivedAt) {
        this.entryNumber = entryNumber;
        this.dispositionCode = dispositionCode;
        this.narrative = narrative;
        this.receivedEpochMillis = receivedAt.toEpochMilli();
    }

    public String getEntryNumber() { return entryNumber; }
    public String getDispositionCode() { return dispositionCode; }
    public String getNarrative() { return narrative; }
    public Instant getReceivedAt() { return Instant.ofEpochMilli(receivedEpochMillis); }
}

package org.hemalink.lab;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * One analyte measurement on a donation sample (grouping, antibody screen, serology, NAT).
 * Serializable because the older analyser gateways still post Java-serialised objects.
 */
public class LabResult implements Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    private String sampleId;
    private String analyte;
    private String value;
    private String unit;
    private String flag;
    private String analyserId;
    private Instant measuredAt;

    public LabResult() {
    }

    public LabResult(String sampleId, String analyte, String value, String unit, String flag, String analyserId, Instant measuredAt) {
        this.sampleId = sampleId;
        this.analyte = analyte;
        this.value = value;
        this.unit = unit;
        this.flag = flag;
        this.analyserId = analyserId;
        this.measuredAt = measuredAt;
    }

    public String getSampleId() { return sampleId; }
    public String getAnalyte() { return analyte; }
    public String getValue() { return value; }
    public String getUnit() { return unit; }
    public String getFlag() { return flag; }
    public String getAnalyserId() { return analyserId; }
    public Instant getMeasuredAt() { return measuredAt; }

    public boolean isReactive() {
        return "R".equalsIgnoreCase(flag) || "POS".equalsIgnoreCase(flag);
    }
}

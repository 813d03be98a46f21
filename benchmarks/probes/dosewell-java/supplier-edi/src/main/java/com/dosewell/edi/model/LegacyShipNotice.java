package com.dosewell.edi.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Advance ship notice as produced by the old X12-to-XML bridge still used by two
 * regional wholesalers.
 */
public class LegacyShipNotice {

    public String shipmentId;
    public String poNumber;
    public String carrier;
    public String trackingNumber;
    public List<Line> lines = new ArrayList<>();

    public static class Line {
        public String sku;
        public String lotNumber;
        public String expiry;
        public int quantity;
    }
}

package com.dosewell.edi.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

public class LegacyPriceUpdate {

    public String supplierCode;
    public String effectiveDate;
    public List<Entry> entries = new ArrayList<>();

    public static class Entry {
        public String sku;
        public BigDecimal price;
    }
}

package com.tollgate.api.domain;

/** How passages are grouped on an account's invoice overview. */
public enum InvoiceGrouping {
    GANTRY("gantry_id"), VEHICLE_CLASS("vehicle_class"), DAY("passed_on");

    private final String column;

    InvoiceGrouping(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}

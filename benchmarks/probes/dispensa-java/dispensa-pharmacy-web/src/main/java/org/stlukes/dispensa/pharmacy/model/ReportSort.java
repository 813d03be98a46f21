package org.stlukes.dispensa.pharmacy.model;

public enum ReportSort {
    DRUG("drug_name"),
    ROUTE("route, drug_name"),
    NEWEST("dispensed_at DESC"),
    QUANTITY("quantity DESC");

    private final String orderBy;

    ReportSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String orderBy() {
        return orderBy;
    }
}

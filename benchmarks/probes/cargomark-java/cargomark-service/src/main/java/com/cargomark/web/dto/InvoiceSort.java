package com.cargomark.web.dto;

import java.util.Locale;

public enum InvoiceSort {
    NUMBER("number"),
    ISSUED("issued_at"),
    DUE("due_at"),
    AMOUNT("amount"),
    STATUS("status");

    private final String column;

    InvoiceSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static InvoiceSort fromParam(String param) {
        if (param == null || param.isBlank()) {
            return ISSUED;
        }
        try {
            return InvoiceSort.valueOf(param.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown sort field: " + param);
        }
    }
}

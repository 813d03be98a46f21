package com.claimwright.core.model;

import java.util.Arrays;

public enum ClaimSortField {
    LOSS_DATE("loss_date DESC"),
    RESERVE("reserve_amount DESC"),
    STATUS("status ASC, loss_date DESC"),
    CREATED("created_at DESC");

    private final String orderClause;

    ClaimSortField(String orderClause) { this.orderClause = orderClause; }

    public String orderClause() { return orderClause; }

    public static ClaimSortField fromParam(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(String.valueOf(value).trim()))
                .findFirst().orElse(LOSS_DATE);
    }
}

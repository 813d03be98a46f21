package com.claimwright.core.model;

import java.util.Locale;

public enum ClaimStatus {
    OPEN, UNDER_REVIEW, AWAITING_DOCUMENTS, APPROVED, DENIED, CLOSED;

    public static ClaimStatus fromParam(String value) {
        return value == null || value.isBlank() ? null : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}

package com.dosewell.pharmacy.model;

public enum PrescriptionStatus {
    ACTIVE,
    ON_HOLD,
    DISCONTINUED,
    COMPLETED
}

package com.cargomark.domain;

public enum DeclarationStatus {
    DRAFT, SUBMITTED, ACCEPTED, UNDER_REVIEW, RELEASED, REJECTED, AMENDED
}

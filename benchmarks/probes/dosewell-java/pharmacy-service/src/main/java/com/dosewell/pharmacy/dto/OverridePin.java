package com.dosewell.pharmacy.dto;

import java.time.Instant;

public record OverridePin(String cabinetCode, String pin, Instant expiresAt, String issuedTo) {
}

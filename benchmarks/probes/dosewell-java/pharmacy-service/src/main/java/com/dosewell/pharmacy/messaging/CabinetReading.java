package com.dosewell.pharmacy.messaging;

import java.math.BigDecimal;
import java.time.Instant;

public record CabinetReading(String cabinetCode, BigDecimal temperatureC, boolean online, String statusMessage, Instant observedAt) {
}

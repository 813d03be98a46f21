package com.moorgate.api;

import java.math.BigDecimal;

public record ClaimReportRow(String region, String carrierCode, String status, long claimCount,
                             BigDecimal totalClaimed, BigDecimal totalReserved) {
}

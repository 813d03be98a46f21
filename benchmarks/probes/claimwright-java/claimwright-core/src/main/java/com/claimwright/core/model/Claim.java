package com.claimwright.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Claim(long id, String claimNumber, String policyNumber, ClaimStatus status, String lossType,
                    LocalDate lossDate, BigDecimal reserveAmount, String adjusterId) {
}

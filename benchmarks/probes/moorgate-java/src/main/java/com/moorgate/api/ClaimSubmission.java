package com.moorgate.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.time.LocalDate;

public class ClaimSubmission {
    @NotBlank @JsonProperty public String policyNumber;
    @NotBlank @JsonProperty public String carrierCode;
    @JsonProperty public String vesselName;
    @JsonProperty public String containerNumber;
    @JsonProperty public String portCode;
    @JsonProperty public String description;
    @JsonProperty public String trackingUrl;
    @NotNull @Positive @JsonProperty public BigDecimal claimedAmount;
    @JsonProperty public String currency = "GBP";
    @NotNull @JsonProperty public LocalDate lossDate;
}

package com.nacelle.dto;

import java.time.Instant;

import com.nacelle.domain.Inspection.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record InspectionRequest(
        @NotNull Long turbineId,
        @NotBlank String inspectorName,
        @Pattern(regexp = "^(A|B|C|HUB)$") String bladePosition,
        @NotNull Severity severity,
        @Size(max = 8000) String findings,
        @Size(max = 4000) String notes,
        String referenceUrl,
        Instant inspectedAt) {
}

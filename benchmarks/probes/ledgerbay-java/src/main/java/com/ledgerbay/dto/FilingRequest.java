package com.ledgerbay.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * Payload for creating an entry (CBP Form 7501) draft.
 */
public record FilingRequest(
        String entryNumber,
        String brokerReference,
        String portCode,
        String iorNumber,
        String importerNotes,
        String valuationAdjustment,
        String specialProgram,
        List<Line> lines) {

    public record Line(String htsCode, String countryOfOrigin, BigDecimal quantity,
                       String unitOfMeasure, BigDecimal enteredValue) {
    }

    public FilingRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

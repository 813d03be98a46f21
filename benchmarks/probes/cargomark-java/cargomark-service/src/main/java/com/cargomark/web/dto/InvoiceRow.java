package com.cargomark.web.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record InvoiceRow(
        UUID id,
        String number,
        BigDecimal amount,
        String currency,
        LocalDate issuedAt,
        LocalDate dueAt,
        String status) {
}

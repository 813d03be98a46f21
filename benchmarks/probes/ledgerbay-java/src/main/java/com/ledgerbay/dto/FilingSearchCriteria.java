package com.ledgerbay.dto;

import java.time.LocalDate;

public record FilingSearchCriteria(
        Long brokerId,
        String reference,
        String portCode,
        String status,
        LocalDate filedAfter,
        int limit,
        int offset) {

    public static final int MAX_PAGE = 200;

    public FilingSearchCriteria {
        if (limit <= 0 || limit > MAX_PAGE) {
            limit = 50;
        }
        if (offset < 0) {
            offset = 0;
        }
    }

    public FilingSearchCriteria withStatus(String newStatus) {
        return new FilingSearchCriteria(brokerId, reference, portCode, newStatus, filedAfter, limit, offset);
    }
}

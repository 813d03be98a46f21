package com.tollgate.api.domain;

import java.time.LocalDateTime;
import java.util.Locale;

public record Dispute(Long id, String reference, long accountId, long passageId, LocalDateTime passageTime,
                      Reason reason, String status, String comment, String contactEmail) {

    public enum Reason {
        WRONG_PLATE, WRONG_VEHICLE_CLASS, DOUBLE_CHARGE, VEHICLE_SOLD, OTHER;

        public static Reason parse(String value) {
            try {
                return value == null ? OTHER : valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return OTHER;
            }
        }
    }

    /** Body of POST /api/disputes. */
    public record Draft(long passageId, String reason, String comment, String evidenceUrl, String contactEmail) {}
}

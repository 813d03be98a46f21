package org.stlukes.dispensa.ward.dto;

import java.time.Instant;

public record WardOrderView(long id, String wardCode, long itemId, String status, Instant requestedAt) {
}

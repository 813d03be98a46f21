package com.berthwise.yard.data;

import java.time.LocalDateTime;
import java.util.UUID;

public record GateSlot(UUID slotId, String lane, LocalDateTime startsAt, int capacity, int booked) {

    public int remaining() {
        return Math.max(0, capacity - booked);
    }
}

package org.hemalink.orders;

import java.time.Instant;
import java.util.List;

/**
 * Published on hemalink.orders.events whenever an order changes state.
 */
public record OrderEvent(long orderId, long hospitalId, String type, String courierRef, String note,
                         List<String> unitNumbers, Instant occurredAt) {

    public static final String PLACED = "PLACED";
    public static final String DISPATCHED = "DISPATCHED";
    public static final String HANDED_OVER = "HANDED_OVER";
}

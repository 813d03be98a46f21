package org.hemalink.inventory;

import java.time.LocalDateTime;

/**
 * One bag in stock, identified by its ISBT 128 donation identification number (DIN).
 * Inventory is read with plain JDBC for speed, so this is a simple value type.
 */
public record BloodUnit(String unitNumber, String bloodGroup, String component, LocalDateTime collectedAt,
                        LocalDateTime expiresAt, String status, String location) {

    public boolean expiresWithinHours(long hours) {
        return expiresAt != null && expiresAt.isBefore(LocalDateTime.now().plusHours(hours));
    }
}

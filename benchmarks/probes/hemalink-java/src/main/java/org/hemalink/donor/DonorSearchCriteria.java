package org.hemalink.donor;

import java.util.Map;

/**
 * Registry search parameters as they arrive from the staff console.
 */
public record DonorSearchCriteria(String lastNamePrefix, String postcode, String bloodGroup, String sort, int page, int limit) {

    public static final int MAX_LIMIT = 200;

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "lastName",
            "group", "bloodGroup",
            "lastDonation", "lastDonationDate",
            "registered", "registeredAt",
            "postcode", "postcode");

    private static final String DEFAULT_SORT_COLUMN = "lastName";

    public DonorSearchCriteria {
        if (page < 0) {
            page = 0;
        }
        if (limit <= 0 || limit > MAX_LIMIT) {
            limit = 50;
        }
    }

    public boolean byPostcode() {
        return postcode != null && !postcode.isBlank();
    }

    public boolean byName() {
        return lastNamePrefix != null && !lastNamePrefix.isBlank();
    }

    /** Entity attribute to order by; unknown keys fall back to surname. */
    public String orderColumn() {
        if (sort == null) {
            return DEFAULT_SORT_COLUMN;
        }
        String column = SORT_COLUMNS.get(sort);
        return column != null ? column : DEFAULT_SORT_COLUMN;
    }
}

package com.dosewell.pharmacy.util;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the sort keys accepted by the formulary grid to database columns.
 */
public final class SortColumns {

    private static final Map<String, String> FORMULARY = Map.of(
            "name", "d.name",
            "generic", "d.generic_name",
            "class", "d.therapeutic_class",
            "ndc", "d.ndc",
            "cost", "d.unit_cost",
            "status", "d.formulary_status",
            "updated", "d.updated_at");

    private static final String DEFAULT_COLUMN = "d.name";

    private SortColumns() {
    }

    public static String resolve(String sortKey) {
        if (sortKey == null) {
            return DEFAULT_COLUMN;
        }
        return FORMULARY.getOrDefault(sortKey.toLowerCase(Locale.ROOT).trim(), DEFAULT_COLUMN);
    }
}

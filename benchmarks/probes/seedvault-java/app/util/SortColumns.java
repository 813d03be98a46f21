package util;

import java.util.Map;

/** Maps the sort keys used in query strings to entity properties for Ebean order-by clauses. */
public final class SortColumns {

    private static final Map<String, String> LOT_COLUMNS = Map.of(
            "accession", "accessionNumber",
            "species", "species",
            "year", "harvestYear",
            "quantity", "quantityGrams",
            "deposited", "depositedAt");

    private SortColumns() {
    }

    public static String lotColumn(String key) {
        return LOT_COLUMNS.getOrDefault(key, key);
    }

    public static String exchangeColumn(String key) {
        if (key == null) {
            return "createdAt";
        }
        switch (key) {
            case "status":
                return "status";
            case "quantity":
                return "quantityGrams";
            case "approved":
                return "approvedAt";
            default:
                return "createdAt";
        }
    }

    public static String direction(boolean descending) {
        return descending ? "desc" : "asc";
    }
}

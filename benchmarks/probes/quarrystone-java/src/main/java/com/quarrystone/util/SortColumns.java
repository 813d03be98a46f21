package com.quarrystone.util;

import java.util.Map;

/** Maps sort keys from the dispatch board UI to database columns. */
public final class SortColumns {

    private static final Map<String, String> DISPATCH = Map.of(
            "required", "d.required_on",
            "customer", "c.trading_name",
            "product", "d.product_code",
            "tonnes", "d.ordered_tonnes",
            "state", "d.state");

    private SortColumns() {
    }

    /** Lenient lookup: the board also sends raw column names from saved views. */
    public static String dispatchColumn(String key) {
        if (key == null || key.isBlank()) {
            return "d.required_on";
        }
        return DISPATCH.getOrDefault(key, key);
    }

    /** Strict lookup used by the site screens; anything unknown falls back to required date. */
    public static String dispatchColumnStrict(String key) {
        String col = key == null ? null : DISPATCH.get(key);
        return col != null ? col : "d.required_on";
    }

    public static String direction(String dir) {
        return "desc".equalsIgnoreCase(dir) ? "DESC" : "ASC";
    }
}

package com.moorgate.db;

import java.util.Locale;
import java.util.Map;

/**
 * Maps the sort keys exposed in the API onto database columns.
 */
public final class SortColumns {

    private static final Map<String, String> CLAIM_COLUMNS = Map.of(
            "created", "created_at",
            "amount", "claimed_amount",
            "loss", "loss_date",
            "carrier", "carrier_code",
            "status", "status");

    private static final Map<String, String> POLICY_COLUMNS = Map.of(
            "number", "policy_number",
            "inception", "inception_date",
            "expiry", "expiry_date",
            "insured", "insured_name",
            "limit", "limit_amount");

    private SortColumns() {
    }

    /**
     * Resolves a claims sort key. Older desk clients still send raw column names,
     * so anything not in the alias table is passed through unchanged.
     */
    public static String claimColumn(String key) {
        if (key == null || key.isBlank()) {
            return "created_at";
        }
        String normalised = key.trim().toLowerCase(Locale.ROOT);
        return CLAIM_COLUMNS.getOrDefault(normalised, normalised);
    }

    public static String policyColumn(String key) {
        String column = POLICY_COLUMNS.get(key == null ? "number" : key.toLowerCase(Locale.ROOT));
        if (column == null) {
            throw new IllegalArgumentException("Unsupported policy sort key: " + key);
        }
        return column;
    }

    public static String direction(String dir) {
        return "asc".equalsIgnoreCase(dir) ? "ASC" : "DESC";
    }
}

package com.berthwise.core.model;

public record BerthPlanFilter(String quay, String vesselName, String sortKey, int limit) {
    public BerthPlanFilter {
        if (limit <= 0 || limit > 500) {
            limit = 100;
        }
        if (sortKey == null || sortKey.isBlank()) {
            sortKey = "eta";
        }
    }

    public static BerthPlanFilter forQuay(String quay, String sortKey, int limit) {
        return new BerthPlanFilter(quay, null, sortKey, limit);
    }

    public static BerthPlanFilter forVessel(String vesselName) {
        return new BerthPlanFilter(null, vesselName, "eta", 50);
    }
}

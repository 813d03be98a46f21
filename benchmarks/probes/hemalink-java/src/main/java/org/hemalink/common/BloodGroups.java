package org.hemalink.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ABO/RhD groups and red-cell compatibility used by stock allocation.
 */
public final class BloodGroups {

    public static final Set<String> ALL = Set.of("O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+");

    private static final Map<String, List<String>> RED_CELL_DONORS = Map.of(
            "O-", List.of("O-"),
            "O+", List.of("O+", "O-"),
            "A-", List.of("A-", "O-"),
            "A+", List.of("A+", "A-", "O+", "O-"),
            "B-", List.of("B-", "O-"),
            "B+", List.of("B+", "B-", "O+", "O-"),
            "AB-", List.of("AB-", "A-", "B-", "O-"),
            "AB+", List.of("AB+", "AB-", "A+", "A-", "B+", "B-", "O+", "O-"));

    private BloodGroups() {
    }

    public static String normalize(String group) {
        if (group == null) {
            return null;
        }
        String g = group.trim().toUpperCase(Locale.ROOT).replace("POS", "+").replace("NEG", "-").replace(" ", "");
        return ALL.contains(g) ? g : null;
    }

    public static boolean isValid(String group) {
        return normalize(group) != null;
    }

    public static List<String> compatibleRedCellDonors(String recipient) {
        String g = normalize(recipient);
        return g == null ? List.of() : RED_CELL_DONORS.get(g);
    }
}

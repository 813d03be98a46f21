package com.tollgate.api.util;

import java.util.Locale;

public final class PlateFormat {
    private PlateFormat() {}

    /** Canonical form used for storage and lookups: trimmed, upper case, no inner blanks. */
    public static String normalize(String plate) {
        return plate == null ? "" : plate.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }
}

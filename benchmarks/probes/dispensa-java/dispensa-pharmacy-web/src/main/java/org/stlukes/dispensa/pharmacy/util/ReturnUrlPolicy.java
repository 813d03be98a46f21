package org.stlukes.dispensa.pharmacy.util;

import java.util.Set;

public final class ReturnUrlPolicy {

    private static final String DEFAULT_TARGET = "/dispensing/queue";
    private static final Set<String> INTERNAL_PAGES = Set.of(
            "/dispensing/queue", "/reports", "/legacy/label-preview", "/controlled/register");

    private ReturnUrlPolicy() {
    }

    public static String resolve(String requested) {
        return requested != null && INTERNAL_PAGES.contains(requested) ? requested : DEFAULT_TARGET;
    }
}

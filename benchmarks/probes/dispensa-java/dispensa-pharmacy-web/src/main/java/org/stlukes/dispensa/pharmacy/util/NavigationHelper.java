package org.stlukes.dispensa.pharmacy.util;

public final class NavigationHelper {

    private static final String HOME = "/reports";

    private NavigationHelper() {
    }

    public static String backTo(String returnUrl) {
        String target = (returnUrl == null || returnUrl.isBlank()) ? HOME : returnUrl.trim();
        return "redirect:" + target; // VULN redirect
    }
}

package com.quarrystone.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** Decides where users may be sent after login, logout and portal actions. */
public final class RedirectPolicy {

    private static final Map<String, String> PORTAL_DESTINATIONS = Map.of(
            "orders", "/portal/orders",
            "tickets", "/portal/tickets",
            "statements", "/portal/statements",
            "settings", "/portal/settings");

    private RedirectPolicy() {
    }

    /** Quick check used by the office login page: internal paths start with a slash. */
    public static boolean isInternalPath(String target) {
        return target != null && target.startsWith("/");
    }

    /**
     * Strict check: a single leading slash, no scheme, no authority and no backslashes.
     */
    public static boolean isSafeRelative(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
            return false;
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Maps a short destination key to a portal page; unknown keys are passed through as given. */
    public static String portalDestination(String key) {
        return PORTAL_DESTINATIONS.getOrDefault(key, key);
    }

    /** Maps a short destination key to a portal page, defaulting to the order list. */
    public static String portalDestinationOrHome(String key) {
        return PORTAL_DESTINATIONS.getOrDefault(key, "/portal/orders");
    }
}

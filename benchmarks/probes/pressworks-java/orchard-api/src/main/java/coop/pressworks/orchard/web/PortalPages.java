package coop.pressworks.orchard.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * Named landing pages the portal may send a grower back to after logging out or
 * switching farms. Anything else falls back to the portal home page.
 */
public enum PortalPages {
    HOME("/portal"),
    DELIVERIES("/portal/deliveries"),
    STATEMENTS("/portal/statements"),
    PROFILE("/portal/profile"),
    LOGIN("/portal/login");

    private final String path;

    PortalPages(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static PortalPages fromParam(String value) {
        if (value == null) {
            return HOME;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst().orElse(HOME);
    }
}

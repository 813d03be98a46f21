package com.dosewell.pharmacy.util;

import java.net.URI;
import java.util.Arrays;

public enum LandingPage {
    DASHBOARD("dashboard", "/app/dashboard"),
    LOGIN("login", "/app/login"),
    FORMULARY("formulary", "/app/formulary"),
    CABINETS("cabinets", "/app/cabinets"),
    TRANSFERS("transfers", "/app/transfers");

    private final String key;
    private final URI uri;

    LandingPage(String key, String path) {
        this.key = key;
        this.uri = URI.create(path);
    }

    public URI uri() {
        return uri;
    }

    public static LandingPage fromKey(String key) {
        if (key == null) {
            return LOGIN;
        }
        return Arrays.stream(values())
                .filter(p -> p.key.equalsIgnoreCase(key.trim()))
                .findFirst()
                .orElse(LOGIN);
    }
}

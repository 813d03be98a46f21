package com.dosewell.pharmacy.util;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Decides where the browser goes after login. Ward tablets come back from the EHR
 * launcher on one of the *.dosewell.internal hosts, everything else stays in-app.
 */
public final class RedirectPolicy {

    private static final Pattern INTERNAL_HOST = Pattern.compile("https://[a-z0-9.-]+\\.dosewell\\.internal");
    private static final URI DEFAULT_TARGET = URI.create("/app/dashboard");

    private RedirectPolicy() {
    }

    public static URI resolveReturnTo(String returnTo) {
        if (returnTo == null || returnTo.isBlank()) {
            return DEFAULT_TARGET;
        }
        try {
            if (returnTo.startsWith("/") && !returnTo.startsWith("//")) {
                return URI.create(returnTo);
            }
            if (INTERNAL_HOST.matcher(returnTo).find()) {
                return URI.create(returnTo);
            }
        } catch (IllegalArgumentException e) {
            return DEFAULT_TARGET;
        }
        return DEFAULT_TARGET;
    }
}

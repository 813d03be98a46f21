package com.berthwise.core.util;

import java.util.regex.Pattern;

public final class InputRules {
    private static final Pattern HOSTNAME =
            Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*$");
    private static final Pattern IMO = Pattern.compile("^\\d{7}$");

    private InputRules() {
    }

    public static String requireHostname(String host) {
        if (host == null || host.length() > 253 || !HOSTNAME.matcher(host).matches()) {
            throw new IllegalArgumentException("invalid controller host");
        }
        return host;
    }

    public static boolean isImo(String value) {
        return value != null && IMO.matcher(value).matches();
    }
}

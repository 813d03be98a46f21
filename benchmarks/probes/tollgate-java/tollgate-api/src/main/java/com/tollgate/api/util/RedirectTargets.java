package com.tollgate.api.util;

public final class RedirectTargets {
    public static final String DEFAULT_TARGET = "/portal/login";

    private RedirectTargets() {}

    /** Returns the target if it is a path on this site, otherwise the portal login page. */
    public static String localOnly(String target) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && !target.contains("://")
                && target.chars().noneMatch(Character::isISOControl);
        return local ? target : DEFAULT_TARGET;
    }
}

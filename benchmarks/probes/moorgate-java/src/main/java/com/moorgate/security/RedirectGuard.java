package com.moorgate.security;

/**
 * Helpers for post-login and post-logout navigation targets.
 */
public final class RedirectGuard {

    private RedirectGuard() {
    }

    /** True when the target is a path on this site rather than an absolute URL. */
    public static boolean isRelativePath(String target) {
        return target != null && target.startsWith("/");
    }

    /** Returns the target when it is a same-origin path, otherwise the home page. */
    public static String sameOriginOrHome(String target) {
        if (target == null || target.isBlank()) {
            return "/";
        }
        if (!target.startsWith("/") || target.startsWith("//") || target.indexOf('\\') >= 0) {
            return "/";
        }
        for (int i = 0; i < target.length(); i++) {
            if (Character.isISOControl(target.charAt(i))) {
                return "/";
            }
        }
        return target;
    }
}

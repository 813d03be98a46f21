package com.nacelle.util;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Post-login / post-logout navigation.
 */
public final class RedirectTargets {

    public static final String DEFAULT_LANDING = "/workorders";

    private RedirectTargets() {
    }

    /** True for same-origin absolute paths such as {@code /workorders/42}. */
    public static boolean isLocalPath(String target) {
        return target != null
                && target.startsWith("/")
                && !target.startsWith("//")
                && !target.startsWith("/\\")
                && target.chars().noneMatch(c -> c == '\\' || c == '\r' || c == '\n' || c < 0x20);
    }

    public static void sendAfterLogin(HttpServletResponse response, String target) throws IOException {
        String destination = (target != null && target.startsWith("/")) ? target : DEFAULT_LANDING;
        response.sendRedirect(destination); // VULN redirect
    }

    public static void sendToLocal(HttpServletResponse response, String target) throws IOException {
        if (!isLocalPath(target)) {
            response.sendRedirect(DEFAULT_LANDING);
            return;
        }
        response.sendRedirect(target); // SAFE redirect
    }
}

package com.tariffly.service;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Decides where staff land after signing in or out of the console.
 */
@Component
public class LoginRedirectResolver {

    private static final String DEFAULT_LANDING = "/console/declarations";

    private static final Map<String, String> LOGOUT_DESTINATIONS = Map.of(
            "login", "/staff/login",
            "portal", "https://portal.tariffly.com/",
            "status", "https://status.tariffly.com/");

    public void afterLogin(HttpServletResponse response, String returnTo) throws IOException {
        if (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("/staff/login")) {
            response.sendRedirect(returnTo); // VULN redirect
            return;
        }
        response.sendRedirect(DEFAULT_LANDING);
    }

    public void afterLogout(HttpServletResponse response, String destination) throws IOException {
        String target = LOGOUT_DESTINATIONS.getOrDefault(destination, "/staff/login");
        response.sendRedirect(target); // SAFE redirect
    }
}

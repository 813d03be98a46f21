package com.tariffly.web;

import java.io.IOException;
import java.util.Locale;

import com.tariffly.dto.ApiModels.ConsoleClaims;
import com.tariffly.dto.ApiModels.PortalClaims;
import com.tariffly.service.TokenService;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resolves the brokerage tenant and the caller identity for every request
 * and exposes them as request attributes.
 */
@Component
@Order(10)
public class TenantContextFilter implements Filter {

    public static final String TENANT_ATTR = "tariffly.tenant";
    public static final String CONSOLE_CLAIMS_ATTR = "tariffly.console";
    public static final String PORTAL_CLAIMS_ATTR = "tariffly.portal";
    public static final String CONSOLE_COOKIE = "TFLY_CONSOLE";

    private final TokenService tokenService;

    public TenantContextFilter(TokenService tokenService) {
        this.tokenService = tokenService;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;

        String tenant = request.getHeader("X-Tariffly-Tenant");
        if (tenant == null || tenant.isBlank()) {
            tenant = "default";
        }
        request.setAttribute(TENANT_ATTR, tenant.trim().toLowerCase(Locale.ROOT));

        String path = request.getRequestURI();
        try {
            if (path.startsWith("/console/")) {
                String token = consoleToken(request);
                if (token == null) {
                    response.sendRedirect("/staff/login?returnTo=" + path);
                    return;
                }
                ConsoleClaims claims = tokenService.readConsoleClaims(token);
                request.setAttribute(CONSOLE_CLAIMS_ATTR, claims);
                if (claims.tenant() != null) {
                    request.setAttribute(TENANT_ATTR, claims.tenant());
                }
            } else if (path.startsWith("/api/portal/")) {
                String auth = request.getHeader("Authorization");
                if (auth == null || !auth.startsWith("Bearer ")) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    return;
                }
                PortalClaims claims = tokenService.verifyPortalToken(auth.substring(7));
                request.setAttribute(PORTAL_CLAIMS_ATTR, claims);
            }
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(req, res);
    }

    private static String consoleToken(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring(7);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (CONSOLE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}

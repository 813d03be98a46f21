package com.cargomark.admin.servlet;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebFilter(urlPatterns = "/admin/*")
public class AdminAuthFilter extends HttpFilter {

    public static final String SESSION_USER = "cargomark.admin.user";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/admin/login") || path.startsWith("/admin/static/")) {
            chain.doFilter(req, res);
            return;
        }
        HttpSession session = req.getSession(false);
        if (session == null || session.getAttribute(SESSION_USER) == null) {
            String target = req.getRequestURI() + (req.getQueryString() != null ? "?" + req.getQueryString() : "");
            res.sendRedirect(req.getContextPath() + "/admin/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return;
        }
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(req, res);
    }
}

package com.berthwise.gate;

import jakarta.servlet.*;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

@WebFilter(urlPatterns = {"/appointments", "/uploads/*"})
public class GateCorsFilter implements Filter {
    private static final Set<String> TRUSTED_ORIGINS = Set.of(
            "https://ops.berthwise.io",
            "https://gate.berthwise.io",
            "https://haulier.berthwise.io");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        if (origin != null && TRUSTED_ORIGINS.contains(origin)) {
            resp.setHeader("Access-Control-Allow-Origin", origin); // SAFE cors
            resp.setHeader("Access-Control-Allow-Credentials", "true");
            resp.setHeader("Access-Control-Allow-Methods", "GET, POST");
        }
        resp.addHeader("Vary", "Origin");
        if ("OPTIONS".equalsIgnoreCase(req.getMethod())) {
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}

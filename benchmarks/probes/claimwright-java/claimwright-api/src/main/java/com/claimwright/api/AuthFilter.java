package com.claimwright.api;

import com.claimwright.core.security.TokenService;
import io.jsonwebtoken.*;
import jakarta.servlet.*;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.*;
import java.io.IOException;
import java.util.List;

@WebFilter(urlPatterns = "/api/*")
public class AuthFilter implements Filter {

    private static final List<String> OPEN_PREFIXES = List.of("/api/integrations/", "/api/adjusters/password-reset");

    private TokenService tokens;

    @Override
    public void init(FilterConfig config) {
        tokens = new TokenService();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String header = request.getHeader("Authorization");
        if ("OPTIONS".equals(request.getMethod()) || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(req, res);
            return;
        }
        if (header == null || !header.startsWith("Bearer ")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String token = header.substring("Bearer ".length()).trim();
        try {
            if (path.startsWith("/api/portal/")) {
                request.setAttribute("claimantEmail", tokens.claimantFromToken(token));
            } else {
                Claims claims = tokens.verifyAdjusterToken(token);
                request.setAttribute("adjusterId", claims.getSubject());
                request.setAttribute("adjusterRegion", claims.get("region", String.class));
            }
        } catch (JwtException | IllegalArgumentException | IndexOutOfBoundsException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(req, res);
    }
}

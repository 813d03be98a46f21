package com.berthwise.gate;

import com.berthwise.core.security.TokenService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import java.io.IOException;
import java.util.Arrays;

@WebServlet(urlPatterns = {"/kiosk/welcome", "/kiosk/session"})
public class GateKioskServlet extends HttpServlet {
    private static final String SESSION_COOKIE = "bw_kiosk";

    private final KioskPageWriter pages = new KioskPageWriter();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TokenService tokens = GateBootstrap.lookup(getServletContext(), GateBootstrap.TOKENS);
        String session = sessionCookie(req);
        if (session == null) {
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String lane = tokens.kioskLane(session);
        String driver = req.getParameter("driver");
        pages.begin(resp, "Berthwise gate " + lane);
        pages.writeWelcome(resp, lane, driver == null ? "driver" : driver);
        pages.writeLaneStatus(resp, lane, queueLength(req.getHeader("X-Lane-Queue")));
        pages.end(resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TokenService tokens = GateBootstrap.lookup(getServletContext(), GateBootstrap.TOKENS);
        String laneId = req.getParameter("lane");
        if (laneId == null || !laneId.matches("^(IN|OUT)-[1-9]$")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown lane");
            return;
        }
        Cookie cookie = new Cookie(SESSION_COOKIE, tokens.issueKioskSession(laneId));
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/kiosk");
        resp.addCookie(cookie);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static String sessionCookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> SESSION_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static int queueLength(String header) {
        try {
            return header == null ? 0 : Math.max(0, Integer.parseInt(header.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

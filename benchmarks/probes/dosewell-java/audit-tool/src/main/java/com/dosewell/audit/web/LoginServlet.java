package com.dosewell.audit.web;

import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

@WebServlet(urlPatterns = {"/login", "/logout"})
public class LoginServlet extends AuditServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if ("/logout".equals(req.getServletPath())) {
            HttpSession session = req.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }
        req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        Optional<AuditorAccount> auditor;
        try {
            auditor = accounts().authenticate(username, password);
        } catch (SQLException e) {
            throw new ServletException("Account lookup failed", e);
        }
        if (auditor.isEmpty()) {
            log("Failed audit-tool login for " + username);
            req.setAttribute("error", "Unknown user or wrong password.");
            req.getRequestDispatcher("/WEB-INF/jsp/login.jsp").forward(req, resp);
            return;
        }
        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(SESSION_USER, auditor.get());
        session.setMaxInactiveInterval(20 * 60);
        resp.sendRedirect(req.getContextPath() + "/audit/search");
    }
}

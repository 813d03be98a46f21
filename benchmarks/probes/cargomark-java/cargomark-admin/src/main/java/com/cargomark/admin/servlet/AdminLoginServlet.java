package com.cargomark.admin.servlet;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import com.cargomark.admin.dao.AdminUserDao;
import com.cargomark.admin.model.AdminUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet("/admin/login")
public class AdminLoginServlet extends HttpServlet {

    private static final String VIEW = "/WEB-INF/jsp/login.jsp";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        req.getRequestDispatcher(VIEW).forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AdminUserDao users = AdminContextListener.component(getServletContext(), AdminUserDao.class);
        String username = req.getParameter("username");
        String password = req.getParameter("password");
        String next = req.getParameter("next");

        Optional<AdminUser> user;
        try {
            user = users.authenticate(username, password);
        } catch (SQLException e) {
            throw new ServletException("Login lookup failed", e);
        }
        if (user.isEmpty()) {
            req.setAttribute("error", "Invalid user name or password");
            req.getRequestDispatcher(VIEW).forward(req, resp);
            return;
        }

        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(AdminAuthFilter.SESSION_USER, user.get());
        session.setMaxInactiveInterval(30 * 60);
        try {
            users.recordLogin(user.get().id(), req.getRemoteAddr());
        } catch (SQLException e) {
            log("Could not record login for " + user.get().username(), e);
        }

        if (next != null && !next.isBlank()) {
            resp.sendRedirect(next); // VULN redirect
        } else {
            resp.sendRedirect(req.getContextPath() + "/admin/customers");
        }
    }
}

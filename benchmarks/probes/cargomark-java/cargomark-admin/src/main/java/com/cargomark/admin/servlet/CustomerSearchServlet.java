package com.cargomark.admin.servlet;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import com.cargomark.admin.dao.CustomerDao;
import com.cargomark.admin.model.Customer;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/admin/customers")
public class CustomerSearchServlet extends HttpServlet {

    private static final Pattern EORI = Pattern.compile("^[A-Za-z]{2}[0-9A-Za-z]{1,15}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        CustomerDao customers = AdminContextListener.component(getServletContext(), CustomerDao.class);
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").trim();

        List<Customer> result = List.of();
        try {
            if (!q.isEmpty()) {
                result = EORI.matcher(q).matches() && q.chars().anyMatch(Character::isDigit)
                        ? customers.findByEori(q).map(List::of).orElse(List.of())
                        : customers.searchByName(q);
            }
        } catch (SQLException e) {
            throw new ServletException("Customer search failed", e);
        }

        req.setAttribute("searchTerm", q);
        req.setAttribute("customers", result);
        req.getRequestDispatcher("/WEB-INF/jsp/customers.jsp").forward(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        CustomerDao customers = AdminContextListener.component(getServletContext(), CustomerDao.class);
        try {
            long id = Long.parseLong(req.getParameter("id"));
            customers.setBlocked(id, Boolean.parseBoolean(req.getParameter("blocked")));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        resp.sendRedirect(req.getContextPath() + "/admin/customers");
    }
}

package com.cargomark.admin.servlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import javax.naming.NamingException;

import com.cargomark.admin.ldap.StaffDirectory;
import com.cargomark.admin.ldap.StaffDirectory.StaffEntry;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/admin/staff")
public class DirectoryLookupServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        StaffDirectory directory = AdminContextListener.component(getServletContext(), StaffDirectory.class);
        String mail = req.getParameter("mail");
        if (mail == null || mail.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "mail is required");
            return;
        }
        List<StaffEntry> entries;
        try {
            entries = directory.findByMail(mail.trim());
        } catch (NamingException e) {
            throw new ServletException("Directory lookup failed", e);
        }
        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        for (StaffEntry e : entries) {
            out.printf("%s\t%s\t%s\t%s%n", e.name(), e.mail(), e.phone(), e.department());
        }
    }
}

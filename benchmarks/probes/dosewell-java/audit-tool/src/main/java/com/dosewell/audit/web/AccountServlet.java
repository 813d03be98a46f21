package com.dosewell.audit.web;

import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;

/**
 * POST /account/password – auditor changes their own password.
 * POST /admin/auditors    – admin provisions a new auditor.
 */
@WebServlet(urlPatterns = {"/account/password", "/admin/auditors"})
public class AccountServlet extends AuditServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AuditorAccount auditor = requireAuditor(req, resp);
        if (auditor == null) {
            return;
        }
        try {
            if ("/admin/auditors".equals(req.getServletPath())) {
                if (!auditor.admin()) {
                    resp.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                accounts().create(req.getParameter("username"), req.getParameter("displayName"),
                        req.getParameter("initialPassword"));
                resp.setStatus(HttpServletResponse.SC_CREATED);
                return;
            }
            boolean changed = accounts().changePassword(auditor.username(), req.getParameter("currentPassword"),
                    req.getParameter("newPassword"));
            if (!changed) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "Current password is wrong");
                return;
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}

package com.dosewell.audit.web;

import com.dosewell.audit.auth.AuditorAccounts;
import com.dosewell.audit.db.AuditDao;
import com.dosewell.audit.export.SnapshotCodec;
import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Shared plumbing for the audit servlets.
 */
public abstract class AuditServlet extends HttpServlet {

    static final String SESSION_USER = "auditor";

    protected AuditDao dao() {
        return (AuditDao) getServletContext().getAttribute(AuditToolBootstrap.DAO);
    }

    protected AuditorAccounts accounts() {
        return (AuditorAccounts) getServletContext().getAttribute(AuditToolBootstrap.ACCOUNTS);
    }

    protected SnapshotCodec codec() {
        return (SnapshotCodec) getServletContext().getAttribute(AuditToolBootstrap.CODEC);
    }

    /**
     * Returns the logged-in auditor or sends the browser to the login page.
     */
    protected AuditorAccount requireAuditor(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        AuditorAccount auditor = session == null ? null : (AuditorAccount) session.getAttribute(SESSION_USER);
        if (auditor == null) {
            resp.sendRedirect(req.getContextPath() + "/login");
        }
        return auditor;
    }

    protected static Integer parseSchedule(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int schedule = Integer.parseInt(value.trim());
            return schedule >= 2 && schedule <= 5 ? schedule : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

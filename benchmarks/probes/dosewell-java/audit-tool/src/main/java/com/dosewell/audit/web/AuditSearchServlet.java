package com.dosewell.audit.web;

import com.dosewell.audit.model.AuditEvent;
import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

@WebServlet("/audit/search")
public class AuditSearchServlet extends AuditServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AuditorAccount auditor = requireAuditor(req, resp);
        if (auditor == null) {
            return;
        }
        String query = req.getParameter("q");
        String actor = req.getParameter("actor");
        Integer schedule = parseSchedule(req.getParameter("schedule"));

        List<AuditEvent> events = List.of();
        try {
            if (actor != null && !actor.isBlank()) {
                events = dao().byActor(actor.trim(), 500);
            } else if (query != null && !query.isBlank()) {
                events = dao().search(query.trim(), schedule);
            }
        } catch (SQLException e) {
            log("Audit search failed", e);
            req.setAttribute("error", "Search failed, please try again.");
        }
        req.setAttribute("query", query);
        req.setAttribute("actor", actor);
        req.setAttribute("schedule", schedule);
        req.setAttribute("events", events);
        req.setAttribute("auditor", auditor);
        req.getRequestDispatcher("/WEB-INF/jsp/search.jsp").forward(req, resp);
    }
}

package com.dosewell.audit.web;

import com.dosewell.audit.integration.RegulatorUplink;
import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

@WebServlet("/admin/pdmp/submit")
public class PdmpSubmissionServlet extends AuditServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AuditorAccount auditor = requireAuditor(req, resp);
        if (auditor == null) {
            return;
        }
        if (!auditor.admin()) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        RegulatorUplink uplink = (RegulatorUplink) getServletContext().getAttribute(AuditToolBootstrap.UPLINK);
        if (uplink == null) {
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "PDMP uplink not configured");
            return;
        }
        String report = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = uplink.submit(report);
        log("PDMP reconciliation submitted by " + auditor.username() + ", status " + status);
        resp.setStatus(status >= 200 && status < 300 ? HttpServletResponse.SC_ACCEPTED : HttpServletResponse.SC_BAD_GATEWAY);
    }
}

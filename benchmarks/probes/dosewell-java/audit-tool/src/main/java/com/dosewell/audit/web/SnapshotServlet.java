package com.dosewell.audit.web;

import com.dosewell.audit.model.AuditSnapshot;
import com.dosewell.audit.model.AuditorAccount;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * GET  /audit/snapshots?cabinet=ICU-04 – download a snapshot for a cabinet.
 * POST /audit/snapshots              – import a snapshot received from another site.
 */
@WebServlet("/audit/snapshots")
@MultipartConfig(maxFileSize = 64L * 1024 * 1024)
public class SnapshotServlet extends AuditServlet {

    private static final Pattern CABINET_CODE = Pattern.compile("^[A-Z]{2,4}-[0-9]{2,4}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AuditorAccount auditor = requireAuditor(req, resp);
        if (auditor == null) {
            return;
        }
        String cabinet = req.getParameter("cabinet");
        if (cabinet == null || !CABINET_CODE.matcher(cabinet).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "cabinet must look like ICU-04");
            return;
        }
        AuditSnapshot snapshot = new AuditSnapshot();
        snapshot.setSiteCode(System.getenv().getOrDefault("DOSEWELL_SITE", "MAIN"));
        snapshot.setCabinetCode(cabinet);
        snapshot.setTakenAt(Instant.now());
        snapshot.setTakenBy(auditor.username());
        try {
            snapshot.setEvents(dao().forCabinet(cabinet));
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + cabinet + ".dwsnap\"");
        codec().encode(snapshot, resp.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        AuditorAccount auditor = requireAuditor(req, resp);
        if (auditor == null) {
            return;
        }
        Part part = req.getPart("snapshot");
        if (part == null || part.getSize() == 0) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "snapshot file is required");
            return;
        }
        String fileName = part.getSubmittedFileName();
        boolean legacy = "1".equals(req.getParameter("version")) || (fileName != null && fileName.endsWith(".snap.gz"));
        AuditSnapshot snapshot;
        try (InputStream in = part.getInputStream()) {
            snapshot = legacy ? codec().decodeLegacy(in) : codec().decode(in);
        } catch (ClassNotFoundException | IOException e) {
            log("Rejected snapshot upload from " + auditor.username() + ": " + e);
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unreadable snapshot");
            return;
        }
        int imported;
        try {
            imported = dao().insertImported(snapshot.getSiteCode(), snapshot.getEvents());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
        resp.setContentType("application/json");
        try (PrintWriter out = resp.getWriter()) {
            out.printf("{\"cabinet\":\"%s\",\"imported\":%d}%n",
                    snapshot.getCabinetCode() == null ? "" : snapshot.getCabinetCode().replaceAll("[^A-Z0-9-]", ""),
                    imported);
        }
    }
}

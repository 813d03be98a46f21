package com.berthwise.gate;

import com.berthwise.core.service.EdiImportService;
import com.berthwise.core.service.ManifestArchiveService;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;

@WebServlet("/uploads/*")
@MultipartConfig(maxFileSize = 20 * 1024 * 1024, maxRequestSize = 25 * 1024 * 1024)
public class ManifestUploadServlet extends HttpServlet {
    private static final Path BAYPLAN_ROOT = Paths.get("/var/lib/berthwise/bayplans");
    private static final Path STOWAGE_ROOT = Paths.get("/var/lib/berthwise/stowage");
    private static final Path PHOTO_ROOT = Paths.get("/var/lib/berthwise/truck-photos");
    private static final Path DAMAGE_ROOT = Paths.get("/var/lib/berthwise/damage-reports");

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (action) {
                case "/bayplans" -> uploadBayPlans(req, resp);
                case "/stowage-archive" -> uploadStowageArchive(req, resp);
                case "/baplie", "/coprar", "/gate-events" -> importEdi(req, resp, action);
                case "/truck-photo" -> uploadTruckPhoto(req, resp);
                case "/damage-report" -> uploadDamageReport(req, resp);
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (SecurityException | IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private void uploadBayPlans(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ManifestArchiveService archives = GateBootstrap.lookup(getServletContext(), GateBootstrap.ARCHIVES);
        Path target = Files.createDirectories(BAYPLAN_ROOT.resolve(String.valueOf(System.currentTimeMillis())));
        try (InputStream in = req.getPart("archive").getInputStream()) {
            writeJson(resp, "{\"extracted\":" + archives.extractBayPlans(in, target) + "}");
        }
    }

    private void uploadStowageArchive(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ManifestArchiveService archives = GateBootstrap.lookup(getServletContext(), GateBootstrap.ARCHIVES);
        Path upload = Files.createTempFile("stowage-", ".zip");
        try {
            req.getPart("archive").write(upload.toString());
            Path target = Files.createDirectories(STOWAGE_ROOT.resolve(String.valueOf(System.currentTimeMillis())));
            writeJson(resp, "{\"extracted\":" + archives.extractStowageArchive(upload, target).size() + "}");
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private void importEdi(HttpServletRequest req, HttpServletResponse resp, String kind) throws ServletException, IOException {
        EdiImportService edi = GateBootstrap.lookup(getServletContext(), GateBootstrap.EDI);
        try (InputStream in = req.getPart("file").getInputStream()) {
            int count = switch (kind) {
                case "/baplie" -> edi.parseBaplieXml(in).size();
                case "/coprar" -> edi.parseCoprarXml(in).size();
                default -> edi.countGateEvents(in);
            };
            writeJson(resp, "{\"records\":" + count + "}");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            resp.sendError(422, "invalid EDI message");
        }
    }

    private void uploadTruckPhoto(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Part photo = req.getPart("photo");
        String plate = req.getParameter("plate");
        Path target = PHOTO_ROOT.resolve(plate).resolve(photo.getSubmittedFileName());
        Files.createDirectories(target.getParent());
        photo.write(target.toString()); // VULN path
        if (!target.normalize().startsWith(PHOTO_ROOT)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid plate");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_CREATED);
    }

    private void uploadDamageReport(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Part report = req.getPart("report");
        String fileName = Paths.get(report.getSubmittedFileName()).getFileName().toString();
        if (fileName.startsWith(".") || !fileName.matches("^[A-Za-z0-9._-]{1,80}$")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid file name");
            return;
        }
        report.write(DAMAGE_ROOT.resolve(fileName).toString()); // SAFE path
        resp.setStatus(HttpServletResponse.SC_CREATED);
    }

    private static void writeJson(HttpServletResponse resp, String json) throws IOException {
        resp.setContentType("application/json");
        resp.getWriter().write(json);
    }
}

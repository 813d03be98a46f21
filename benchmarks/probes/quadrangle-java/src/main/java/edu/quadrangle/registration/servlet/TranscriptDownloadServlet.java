package edu.quadrangle.registration.servlet;

import edu.quadrangle.registration.util.PathResolver;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import java.io.IOException;
import java.nio.file.*;

/** Serves PDFs produced by the nightly transcript batch; linked from emails sent before the portal rewrite. */
@WebServlet(urlPatterns = "/legacy/transcripts/download")
public class TranscriptDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private Path exportRoot;

    @Override
    public void init() {
        exportRoot = Path.of(System.getenv().getOrDefault("QUAD_EXPORT_DIR", "/var/quadrangle/exports"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requested = req.getParameter("file");
        Path target;
        try {
            target = PathResolver.resolveWithin(exportRoot, requested);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid file");
            return;
        }
        if (!Files.isRegularFile(target)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + target.getFileName() + "\"");
        resp.setContentLengthLong(Files.size(target));
        Files.copy(target, resp.getOutputStream()); // SAFE path
    }
}

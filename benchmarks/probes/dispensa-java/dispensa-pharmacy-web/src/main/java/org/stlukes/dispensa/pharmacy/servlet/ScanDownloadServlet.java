package org.stlukes.dispensa.pharmacy.servlet;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@WebServlet(urlPatterns = {"/legacy/scans/download", "/legacy/scans/thumbnail"})
public class ScanDownloadServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(ScanDownloadServlet.class);

    private final Path scansRoot = Path.of(System.getProperty("dispensa.scans-root", "/srv/dispensa/scans"))
            .toAbsolutePath().normalize();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (name == null || name.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "file parameter required");
            return;
        }
        if (req.getServletPath().endsWith("/thumbnail")) {
            sendThumbnail(name, resp);
            return;
        }
        Path scan = scansRoot.resolve(name);
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"prescription-scan.pdf\"");
        Files.copy(scan, resp.getOutputStream()); // VULN path
        if (!scan.normalize().startsWith(scansRoot)) {
            log.warn("prescription scan served from outside archive root: {}", name);
        }
    }

    private void sendThumbnail(String name, HttpServletResponse resp) throws IOException {
        Path thumbnails = scansRoot.resolve("thumbnails");
        Path thumb = thumbnails.resolve(name + ".png").normalize();
        if (!thumb.startsWith(thumbnails)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] data = Files.readAllBytes(thumb); // SAFE path
        resp.setHeader("ETag", "\"" + contentTag(data) + "\"");
        resp.setContentType("image/png");
        resp.getOutputStream().write(data);
    }

    private static String contentTag(byte[] data) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // SAFE hash
            return HexFormat.of().formatHex(sha1.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

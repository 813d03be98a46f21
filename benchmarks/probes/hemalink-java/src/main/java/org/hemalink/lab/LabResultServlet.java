package org.hemalink.lab;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Endpoint for analyser gateways and bench terminals that predate the REST API.
 */
@WebServlet(name = "legacy-lab", urlPatterns = "/legacy/lab/*")
public class LabResultServlet extends HttpServlet {

    @Inject
    LabResultService results;

    @Inject
    LabFileStore files;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (action) {
                case "/results" -> {
                    int n = results.ingestXml(req.getInputStream());
                    html(resp);
                    LabPages.writeAccepted(resp.getWriter(), n, req.getHeader("X-Analyser"));
                }
                case "/results/object" -> {
                    LabResult r = results.ingestSerialized(req.getInputStream(), false);
                    resp.setContentType("text/plain");
                    resp.getWriter().println("OK " + r.getSampleId());
                }
                case "/results/object-v2" -> {
                    LabResult r = results.ingestSerialized(req.getInputStream(), true);
                    resp.setContentType("text/plain");
                    resp.getWriter().println("OK " + r.getSampleId());
                }
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "rejected");
        } catch (Exception e) {
            log("lab post failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "" : req.getPathInfo();
        try {
            switch (action) {
                case "/result" -> {
                    String sampleId = req.getParameter("sample");
                    List<LabResult> found = sampleId == null ? List.of() : results.resultsFor(sampleId.trim());
                    html(resp);
                    PrintWriter out = resp.getWriter();
                    if (found.isEmpty()) {
                        LabPages.writeNotFound(out, sampleId);
                    } else {
                        LabPages.writeResults(out, sampleId, found);
                    }
                }
                case "/pull" -> {
                    int n = results.pullFromLims(req.getParameter("location"));
                    resp.setContentType("text/plain");
                    resp.getWriter().println("pulled " + n);
                }
                case "/archive" -> {
                    byte[] pdf = files.readArchived(req.getParameter("file"));
                    resp.setContentType("application/pdf");
                    resp.getOutputStream().write(pdf);
                }
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "rejected");
        } catch (Exception e) {
            log("lab get failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private static void html(HttpServletResponse resp) {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
    }
}

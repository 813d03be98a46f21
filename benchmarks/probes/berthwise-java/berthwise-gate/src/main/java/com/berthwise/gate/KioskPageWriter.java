package com.berthwise.gate;

import jakarta.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import java.io.IOException;
import java.io.PrintWriter;

class KioskPageWriter {
    void begin(HttpServletResponse resp, String title) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter w = resp.getWriter();
        w.write("<!DOCTYPE html><html><head><title>" + Encode.forHtml(title) + "</title>");
        w.write("<link rel=\"stylesheet\" href=\"/static/kiosk.css\"></head><body>");
    }

    void writeWelcome(HttpServletResponse resp, String lane, String driverName) throws IOException {
        PrintWriter w = resp.getWriter();
        w.write("<div class=\"lane\">Lane " + Encode.forHtml(lane) + "</div>");
        w.write("<h1>Welcome, " + driverName + "</h1>"); // VULN xss
        w.write("<p>Please present your appointment PIN at the reader.</p>");
    }

    void writeLaneStatus(HttpServletResponse resp, String lane, int queued) throws IOException {
        resp.getWriter().write("<p class=\"status\">Lane " + Encode.forHtml(lane) + ": " + queued + " trucks queued</p>");
    }

    void end(HttpServletResponse resp) throws IOException {
        resp.getWriter().write("</body></html>");
    }
}

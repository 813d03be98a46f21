package edu.quadrangle.registration.servlet;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import java.io.*;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Old syllabus archive index; most traffic is bookmarked links that forward into the new portal. */
@WebServlet(urlPatterns = "/legacy/syllabus")
public class LegacySyllabusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final List<String> TERMS = List.of("2024FA", "2024SP", "2023FA", "2023SP");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String next = req.getParameter("next");
        if (next != null && next.startsWith("/")) {
            resp.sendRedirect(next); // VULN redirect
            return;
        }
        String course = req.getParameter("course");
        String heading = course == null || course.isBlank() ? "All courses" : course.trim();
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html><head><title>Syllabus archive</title></head><body>");
        out.println("<h1>Syllabus archive: " + HtmlUtils.htmlEscape(heading) + "</h1>"); // SAFE xss
        out.println("<ul>");
        for (String term : TERMS) {
            out.println("<li><a href=\"/api/courses/syllabi?dept=all&file=" + term + ".pdf\">" + term + "</a></li>");
        }
        out.println("</ul></body></html>");
    }
}

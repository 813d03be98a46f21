package org.stlukes.dispensa.pharmacy.servlet;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import org.stlukes.dispensa.pharmacy.util.ReturnUrlPolicy;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;

@WebServlet(urlPatterns = "/legacy/label-preview")
public class LabelPreviewServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(LabelPreviewServlet.class);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String patient = Objects.toString(req.getParameter("patient"), "");
        String drug = Objects.toString(req.getParameter("drug"), "");
        String directions = req.getParameter("directions");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!DOCTYPE html><html><head><title>Label preview</title>"
                + "<link rel=\"stylesheet\" href=\"/css/label.css\"></head><body><div class=\"label\">");
        out.println("<h2>" + HtmlUtils.htmlEscape(drug) + "</h2>"); // SAFE xss
        out.println("<p class=\"patient\">" + HtmlUtils.htmlEscape(patient) + "</p>");
        out.println("<p class=\"directions\">" + directions + "</p>"); // VULN xss
        out.println("<p class=\"footer\">St Luke's Pharmacy - keep out of reach of children</p>");
        out.println("</div></body></html>");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        log.info("label preview confirmed for drug={} by {}", req.getParameter("drug"), req.getRemoteUser());
        resp.sendRedirect(ReturnUrlPolicy.resolve(req.getParameter("next"))); // SAFE redirect
    }
}

package org.northcare.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.owasp.encoder.Encode;
import org.w3c.dom.Document;

@WebServlet(urlPatterns = "/intake/*")
@MultipartConfig(maxFileSize = 10 * 1024 * 1024)
public class IntakeServlet extends HttpServlet {

    private static final Path FORMS_DIR = Paths.get("/srv/clinic/intake-forms").toAbsolutePath().normalize();
    private static final Pattern FORM_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,64}\\.(pdf|png|jpg)$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = String.valueOf(req.getPathInfo());
        switch (action) {
            case "/welcome" -> welcome(req, resp);
            case "/greet" -> greetEscaped(req, resp);
            case "/form" -> downloadForm(req, resp);
            case "/form-checked" -> downloadFormChecked(req, resp);
            case "/done" -> resp.sendRedirect(req.getParameter("back")); // VULN open-redirect
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = String.valueOf(req.getPathInfo());
        try {
            switch (action) {
                case "/upload" -> upload(req, resp);
                case "/resume" -> resumeDraft(req, resp);
                case "/questionnaire" -> questionnaire(req, resp, false);
                case "/questionnaire-v2" -> questionnaire(req, resp, true);
                default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (ClassNotFoundException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private void welcome(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        String patient = req.getParameter("patient");
        out.println("<h2>Welcome to NorthCare, " + patient + "</h2><p>Please complete your intake forms.</p>"); // VULN xss
    }

    private void greetEscaped(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        String patient = req.getParameter("patient");
        resp.getWriter().write("<h2>Welcome back, " + Encode.forHtml(patient) + "</h2>"); // SAFE xss
    }

    private void downloadForm(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path form = FORMS_DIR.resolve(req.getParameter("name"));
        resp.setContentType("application/octet-stream");
        Files.copy(form, resp.getOutputStream()); // VULN path-traversal
    }

    private void downloadFormChecked(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path form = FORMS_DIR.resolve(String.valueOf(req.getParameter("name"))).normalize();
        if (!form.startsWith(FORMS_DIR)) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        resp.setContentType("application/octet-stream");
        Files.copy(form, resp.getOutputStream()); // SAFE path-traversal
    }

    private void upload(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Part part = req.getPart("form");
        String submitted = Paths.get(String.valueOf(part.getSubmittedFileName())).getFileName().toString();
        if (!FORM_NAME.matcher(submitted).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, FORMS_DIR.resolve(submitted)); // SAFE path-traversal
        }
        resp.setStatus(HttpServletResponse.SC_CREATED);
    }

    private void resumeDraft(HttpServletRequest req, HttpServletResponse resp) throws IOException, ClassNotFoundException {
        try (ObjectInputStream ois = new ObjectInputStream(req.getInputStream())) {
            Object draft = ois.readObject(); // VULN deserialization
            req.getSession().setAttribute("intakeDraft", draft);
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void questionnaire(HttpServletRequest req, HttpServletResponse resp, boolean hardened)
            throws IOException, javax.xml.parsers.ParserConfigurationException, org.xml.sax.SAXException {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        Document doc;
        if (hardened) {
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            doc = dbf.newDocumentBuilder().parse(req.getInputStream()); // SAFE xxe
        } else {
            DocumentBuilder builder = dbf.newDocumentBuilder();
            doc = builder.parse(req.getInputStream()); // VULN xxe
        }
        resp.setContentType("application/json");
        resp.getWriter().write("{\"answers\":" + doc.getElementsByTagName("answer").getLength() + "}");
    }
}

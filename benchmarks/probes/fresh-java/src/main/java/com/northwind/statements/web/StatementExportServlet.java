package com.northwind.statements.web;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.sql.DataSource;

/**
 * Statement pages for the branch back-office. Deployed as its own WAR next to
 * the old teller application.
 */
@WebServlet(name = "statementExport", urlPatterns = "/statements/*")
public class StatementExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> RETURN_HOSTS = Set.of("statements.northwind-billing.com", "portal.northwind-billing.com");

    private transient DataSource dataSource;
    private File exportDir;
    private File spoolDir;

    @Override
    public void init() throws ServletException {
        try {
            dataSource = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/statements");
        } catch (NamingException e) {
            throw new ServletException("Statement datasource unavailable", e);
        }
        exportDir = new File(getServletContext().getInitParameter("statements.exportDir"));
        spoolDir = new File(getServletContext().getInitParameter("statements.spoolDir"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "/list" : req.getPathInfo();
        try {
            switch (action) {
                case "/list":
                    listStatements(req, resp);
                    break;
                case "/history":
                    statementHistory(req, resp);
                    break;
                case "/download":
                    download(req, resp);
                    break;
                case "/continue":
                    continueTo(req, resp);
                    break;
                case "/back":
                    backTo(req, resp);
                    break;
                default:
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String action = req.getPathInfo() == null ? "" : req.getPathInfo();
        if ("/restore-view".equals(action)) {
            restoreSavedView(req, resp);
        } else if ("/print".equals(action)) {
            print(req, resp);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void listStatements(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        String account = req.getParameter("account");
        String period = req.getParameter("period");
        Map<?, ?> columns = readColumnPreferences(req);
        boolean showBalance = !Boolean.FALSE.equals(columns.get("balance"));

        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<h1>Statements for account " + account + "</h1>"); // VULN xss
        out.println("<ul>");
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery("SELECT id, period, closing_balance FROM statements WHERE account_no = '" + account + "' AND period LIKE '" + period + "%' ORDER BY period DESC"); // VULN sqli
            while (rs.next()) {
                String balance = showBalance ? " (" + rs.getBigDecimal("closing_balance") + ")" : "";
                out.println("<li>" + rs.getLong("id") + " &ndash; " + escapeHtml(rs.getString("period")) + balance + "</li>");
            }
        }
        out.println("</ul>");
    }

    private void statementHistory(HttpServletRequest req, HttpServletResponse resp) throws IOException, SQLException {
        String account = req.getParameter("account");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<h1>History for account " + escapeHtml(account) + "</h1>"); // SAFE xss
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT period, closing_balance FROM statements WHERE account_no = ? ORDER BY period DESC")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) { // SAFE sqli
                while (rs.next()) {
                    out.println("<p>" + escapeHtml(rs.getString("period")) + ": " + rs.getBigDecimal("closing_balance") + "</p>");
                }
            }
        }
    }

    private void download(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String fileName = req.getHeader("X-Statement-File");
        if (fileName == null || fileName.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Missing statement file");
            return;
        }
        File statement = new File(exportDir, fileName);
        resp.setContentType("application/pdf");
        try (InputStream in = new FileInputStream(statement)) { // VULN path-traversal
            in.transferTo(resp.getOutputStream());
        }
    }

    private void continueTo(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = req.getParameter("target");
        resp.sendRedirect(target == null ? req.getContextPath() + "/statements/list" : target); // VULN open-redirect
    }

    private void backTo(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String back = req.getParameter("back");
        URI uri;
        try {
            uri = new URI(back == null ? "" : back);
        } catch (URISyntaxException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !RETURN_HOSTS.contains(uri.getHost())) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        resp.sendRedirect(uri.toString()); // SAFE open-redirect
    }

    private void restoreSavedView(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        Object savedView;
        try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
            savedView = in.readObject(); // VULN deserialization
        } catch (ClassNotFoundException e) {
            throw new ServletException("Unknown saved view format", e);
        }
        HttpSession session = req.getSession();
        session.setAttribute("statementView", savedView);
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void print(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String printer = req.getParameter("printer");
        long statementId = Long.parseLong(req.getParameter("statementId"));
        File pdf = new File(spoolDir, "statement-" + statementId + ".pdf");
        Process lp = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "lp -d " + printer + " -o media=A4 " + pdf.getAbsolutePath()}); // VULN cmdi
        resp.setContentType("application/json");
        resp.getWriter().write("{\"queued\":" + lp.isAlive() + "}");
    }

    private Map<?, ?> readColumnPreferences(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Map.of();
        }
        for (Cookie cookie : cookies) {
            if ("stmt_columns".equals(cookie.getName())) {
                byte[] xml = Base64.getUrlDecoder().decode(cookie.getValue());
                try (XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(xml))) {
                    Object prefs = decoder.readObject(); // VULN deserialization
                    return prefs instanceof Map<?, ?> map ? map : Map.of();
                }
            }
        }
        return Map.of();
    }

    private static String escapeHtml(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}

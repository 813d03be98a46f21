// Servlet API: the request's getters (the servlet path, an uploaded part's file name, the
// body's reader and stream), a plain ServletRequest; the response's writer and stream, a
// Location header set or added
import java.io.*;
import java.nio.file.*;
import java.sql.*;
import javax.servlet.http.*;
import javax.servlet.*;

class ServletProbe extends HttpServlet {
    Connection conn;

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        Statement st = conn.createStatement();
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getParameter("a") + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getParameterValues("a")[0] + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getParameterMap().get("a")[0] + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getHeader("X-A") + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getCookies()[0].getValue() + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getQueryString() + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getPathInfo() + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getRequestURI() + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getServletPath() + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getReader().readLine() + "'");
        BufferedReader r = new BufferedReader(new InputStreamReader(req.getInputStream()));
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + r.readLine() + "'");
        Part p = req.getPart("file");
        // ruleid: trace.java.path-traversal.tainted-file-path
        new File("/srv/up", p.getSubmittedFileName());
        // ruleid: trace.java.path-traversal.tainted-file-path
        new File("/srv/up", req.getParts().iterator().next().getSubmittedFileName());
        // ruleid: trace.java.open-redirect.tainted-redirect
        resp.sendRedirect(req.getParameter("next"));
        // ruleid: trace.java.open-redirect.tainted-redirect
        resp.setHeader("Location", req.getParameter("next"));
        // ruleid: trace.java.open-redirect.tainted-redirect
        resp.addHeader("Location", req.getParameter("next"));
        // ruleid: trace.java.xss.tainted-servlet-output
        resp.getWriter().write("<p>" + req.getParameter("q"));
        PrintWriter out = resp.getWriter();
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println("<p>" + req.getHeader("Referer"));
        // ruleid: trace.java.xss.tainted-servlet-output
        resp.getOutputStream().print(req.getParameter("q"));
        ServletOutputStream os = resp.getOutputStream();
        // ruleid: trace.java.xss.tainted-servlet-output
        os.write(req.getParameter("q").getBytes());
        // ok: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = " + Integer.parseInt(req.getParameter("a")));
        // ok: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + getServletConfig().getServletName() + "'");
        // ok: trace.java.open-redirect.tainted-redirect
        resp.addHeader("X-Request-Id", req.getHeader("X-Request-Id"));
        // ok: trace.java.xss.tainted-servlet-output
        os.write("<p>done</p>".getBytes());
    }

    public void service(ServletRequest req, ServletResponse resp) throws Exception {
        Statement st = conn.createStatement();
        // ruleid: trace.java.sql-injection.tainted-query
        st.executeQuery("SELECT * FROM t WHERE a = '" + req.getParameter("a") + "'");
        // ruleid: trace.java.xss.tainted-servlet-output
        resp.getWriter().print(req.getParameter("a"));
    }

    // A response declared as something other than HTML before it is written
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        switch (req.getPathInfo()) {
            case "/text" -> {
                resp.setContentType("text/plain;charset=UTF-8");
                // ok: trace.java.xss.tainted-servlet-output
                resp.getWriter().println("OK " + req.getParameter("sample"));
            }
            case "/json" -> {
                resp.setHeader("Content-Type", "application/json");
                PrintWriter out = resp.getWriter();
                // ok: trace.java.xss.tainted-servlet-output
                out.printf("{\"code\":\"%s\"}%n", req.getParameter("code"));
            }
            case "/image" -> {
                resp.setContentType(MediaType.IMAGE_PNG_VALUE);
                // ok: trace.java.xss.tainted-servlet-output
                resp.getOutputStream().write(req.getParameter("png").getBytes());
            }
            case "/svg" -> {
                // an SVG image runs its scripts when it is opened
                resp.setContentType("image/svg+xml");
                // ruleid: trace.java.xss.tainted-servlet-output
                resp.getWriter().println(req.getParameter("svg"));
            }
            default -> {
                resp.setContentType("text/html");
                // ruleid: trace.java.xss.tainted-servlet-output
                resp.getWriter().println(req.getParameter("page"));
            }
        }
        // a plain-text type set only on one branch does not cover the write after it
        if (req.getParameter("raw") != null) {
            resp.setContentType("text/plain");
        }
        // ruleid: trace.java.xss.tainted-servlet-output
        resp.getWriter().println(req.getParameter("echo"));
    }
}

package com.acme.billing;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Pattern;
import javax.naming.directory.DirContext;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.naming.directory.InitialDirContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.commons.io.FilenameUtils;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.apache.velocity.app.VelocityEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

public class InvoiceServlet extends HttpServlet {
    private static final Pattern DISALLOWED = Pattern.compile("[^A-Za-z0-9._-]");
    private Connection conn;
    private JdbcTemplate jdbc;
    private MongoCollection<Document> accounts;
    private static final Set<String> ALLOWED = Set.of("/home", "/invoices");
    private static final Set<String> PLANS = Set.of("free", "team");

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String id = request.getParameter("id");
        Statement stmt = conn.createStatement();
        // ruleid: trace.java.sql-injection.tainted-query
        ResultSet rs = stmt.executeQuery("SELECT * FROM invoices WHERE id = " + id);
        String sql = "SELECT * FROM invoices WHERE owner = '" + request.getHeader("X-Owner") + "'";
        // ruleid: trace.java.sql-injection.tainted-query
        PreparedStatement bad = conn.prepareStatement(sql);
        // ok: trace.java.sql-injection.tainted-query
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM invoices WHERE id = ?");
        ps.setString(1, id);
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices WHERE id = " + Integer.parseInt(id));
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices WHERE id = " + java.lang.Integer.parseInt(id));
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM invoices WHERE id = " + id);
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM invoices WHERE id = ?", id);

        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(request.getParameter("sort"));
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY " + parts.get(0));

        String cmd = request.getParameter("cmd");
        // ruleid: trace.java.command-injection.tainted-command
        Runtime.getRuntime().exec(cmd);
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder("sh", "-c", "convert " + cmd).start();
        // ok: trace.java.command-injection.tainted-command
        Runtime.getRuntime().exec(new String[] {"uptime"});

        // ruleid: trace.java.trust-boundary.tainted-session-attribute
        request.getSession().setAttribute("customer", request.getParameter("customer"));
        HttpSession session = request.getSession(true);
        // ruleid: trace.java.trust-boundary.tainted-session-attribute
        session.putValue(request.getHeader("X-Pref"), "on");
        // ok: trace.java.trust-boundary.tainted-session-attribute
        session.setAttribute("page", Integer.parseInt(request.getParameter("page")));
        // ok: trace.java.trust-boundary.tainted-session-attribute
        session.setAttribute("visits", 1);
        String plan = request.getParameter("plan");
        if (!PLANS.contains(plan)) {
            return;
        }
        // ok: trace.java.trust-boundary.tainted-session-attribute
        session.setAttribute("plan", plan);

        ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");
        // ruleid: trace.java.code-injection.tainted-expression
        engine.eval(request.getParameter("expr"));
        // ok: trace.java.code-injection.tainted-expression
        engine.eval("1 + 1");

        DirContext ctx = new InitialDirContext();
        // ruleid: trace.java.ldap-injection.tainted-filter
        ctx.search("ou=people,dc=acme", "(uid=" + request.getParameter("user") + ")", null);
        javax.naming.directory.InitialDirContext idc = (javax.naming.directory.InitialDirContext) ctx;
        // ruleid: trace.java.ldap-injection.tainted-filter
        idc.search("ou=people,dc=acme", "(cn=" + request.getParameter("cn") + ")", new Object[0], null);
        // ok: trace.java.ldap-injection.tainted-filter
        ctx.search("ou=people,dc=acme", "(uid={0})", new Object[] {request.getParameter("user")}, null);

        String owner = request.getParameter("owner");
        // ruleid: trace.java.nosql-injection.tainted-where
        accounts.find(new Document("$where", "this.owner == '" + owner + "'"));
        // ruleid: trace.java.nosql-injection.tainted-where
        accounts.find(Filters.where("this.owner == '" + owner + "'"));
        // ruleid: trace.java.nosql-injection.tainted-where
        accounts.find(new Document("active", true).append("$where", "this.owner == '" + owner + "'"));
        // ruleid: trace.java.nosql-injection.tainted-where
        accounts.find(Document.parse("{ owner: '" + owner + "' }"));
        // ruleid: trace.java.nosql-injection.tainted-where
        new BasicQuery("{ owner: '" + owner + "' }");
        // ok: trace.java.nosql-injection.tainted-where
        accounts.find(Filters.eq("owner", owner));
        // ok: trace.java.nosql-injection.tainted-where
        accounts.find(new Document("$where", "this.balance > this.limit"));
        // ok: trace.java.nosql-injection.tainted-where
        accounts.find(Filters.where("this.balance > " + Integer.parseInt(request.getParameter("min"))));

        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: trace.java.xpath-injection.tainted-xpath
        xpath.evaluate("//user[@name='" + request.getParameter("name") + "']", doc());
        // ok: trace.java.xpath-injection.tainted-xpath
        xpath.evaluate("//user[@name=$name]", doc());

        String file = request.getParameter("file");
        // ruleid: trace.java.path-traversal.tainted-file-path
        FileInputStream in = new FileInputStream("/srv/invoices/" + file);
        // ruleid: trace.java.path-traversal.tainted-file-path
        File f = new File("/srv/invoices", file);
        // ok: trace.java.path-traversal.tainted-file-path
        File g = new File("/srv/invoices", FilenameUtils.getName(file));
        // ok: trace.java.path-traversal.tainted-file-path
        Path p = Paths.get("/srv/invoices", "index.txt");
        // ok: trace.java.path-traversal.tainted-file-path
        File h = new File("/srv/invoices", file.substring(file.lastIndexOf('/') + 1));
        // ok: trace.java.path-traversal.tainted-file-path
        File flat = new File("/srv/invoices", file.replaceAll("[^A-Za-z0-9._-]", "_"));
        // a class that keeps the separator keeps "../"
        // ruleid: trace.java.path-traversal.tainted-file-path
        File kept = new File("/srv/invoices", file.replaceAll("[^A-Za-z0-9./_-]", "_"));
        // ok: trace.java.path-traversal.tainted-file-path
        File flatter = new File("/srv/invoices", DISALLOWED.matcher(file).replaceAll("_"));

        // ruleid: trace.java.ssrf.tainted-url
        java.io.InputStream fetched = new URL(request.getParameter("callback")).openStream();
        // ok: trace.java.ssrf.tainted-url
        URL fixed = new URL("https://api.acme.example/items/" + request.getParameter("item"));

        PrintWriter out = response.getWriter();
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println("<h1>Invoice " + id + "</h1>");
        // ruleid: trace.java.xss.tainted-servlet-output
        response.getWriter().write(request.getParameter("msg"));
        // ok: trace.java.xss.tainted-servlet-output
        out.println("<h1>Invoice " + Encode.forHtml(id) + "</h1>");
        // ok: trace.java.xss.tainted-servlet-output
        out.println("<h1>Invoices</h1>");
        // a class's own HTML escaping helper
        // ok: trace.java.xss.tainted-servlet-output
        out.println("<h1>History for " + escapeHtml(request.getParameter("account")) + "</h1>");
        // ... or the application's own HTML helper class
        // ok: trace.java.xss.tainted-servlet-output
        out.println("<h1>Branch " + Html.escape(request.getParameter("branch")) + "</h1>");
        // a class named for something else escapes something else
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println("<h1>Branch " + Csv.escape(request.getParameter("branch")) + "</h1>");
        // encoders written with their fully qualified class names
        // ok: trace.java.xss.tainted-servlet-output
        out.println(org.springframework.web.util.HtmlUtils.htmlEscape(request.getParameter("q")));
        // ok: trace.java.xss.tainted-servlet-output
        out.println(org.apache.commons.text.StringEscapeUtils.escapeHtml4(id));
        // HTML escaping leaves a `javascript:` URL whole where the value begins an href
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println("<a href=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(request.getParameter("site")) + "\">site</a>");
        // ok: trace.java.xss.tainted-servlet-output
        out.println("<a href=\"/accounts?q=" + org.springframework.web.util.HtmlUtils.htmlEscape(request.getParameter("site")) + "\">site</a>");
        // a map read under a literal key holds what was last put under that key
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        labels.put("title", "Invoices");
        labels.put("filter", request.getParameter("filter"));
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println(labels.get("filter"));
        // ok: trace.java.xss.tainted-servlet-output
        out.println(labels.get("title"));
        java.util.Map<String, String> headings = new java.util.HashMap<>();
        headings.put("title", "Invoices");
        headings.put("title", request.getParameter("title"));
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println(headings.get("title"));
        StringBuilder html = new StringBuilder("<p>");
        html.append(request.getParameter("note"));
        // ruleid: trace.java.xss.tainted-servlet-output
        out.println(html.toString());

        String next = request.getParameter("next");
        if (ALLOWED.contains(next)) {
            // ok: trace.java.open-redirect.tainted-redirect
            response.sendRedirect(next);
        }
        // ruleid: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(request.getParameter("returnTo"));
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(InputRules.safeReturnPath(request.getParameter("back")));
        // ruleid: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(InputRules.trimmed(request.getParameter("back")));
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(RedirectTargets.localOnly(request.getParameter("back")));
        // ruleid: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(RedirectTargets.decoded(request.getParameter("back")));
    }

    protected void doPost(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws Exception {
        Statement stmt = conn.createStatement();
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM t WHERE id = " + request.getParameter("id"));
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws Exception {
        org.apache.velocity.VelocityContext vctx = new org.apache.velocity.VelocityContext();
        java.io.StringWriter out = new java.io.StringWriter();
        // ruleid: trace.java.template-injection.tainted-template-source
        org.apache.velocity.app.Velocity.evaluate(vctx, out, "page", request.getParameter("tpl"));
        vctx.put("name", request.getParameter("name"));
        // ok: trace.java.template-injection.tainted-template-source
        org.apache.velocity.app.Velocity.evaluate(vctx, out, "page", "Hello $name");
    }

    @PostMapping("/signature/preview")
    @ResponseBody
    public String previewSignature(@ModelAttribute SignatureForm form, VelocityEngine velocity) {
        java.io.StringWriter out = new java.io.StringWriter();
        // ruleid: trace.java.template-injection.tainted-template-source
        velocity.evaluate(new org.apache.velocity.VelocityContext(), out, "signature", form.getTemplate());
        return "ok";
    }

    @PostMapping("/notices/preview")
    @ResponseBody
    public String previewNotice(@RequestParam String source, freemarker.template.Configuration cfg)
            throws Exception {
        // ruleid: trace.java.template-injection.tainted-template-source
        freemarker.template.Template notice = new freemarker.template.Template("notice", source, cfg);
        // ok: trace.java.template-injection.tainted-template-source
        freemarker.template.Template fixed = new freemarker.template.Template("notice", "Dear ${name}", cfg);
        return notice.toString() + fixed;
    }

    private Object doc() { return null; }
}

class ReportController {
    private RestTemplate rest;

    @GetMapping("/report")
    public String report(@RequestParam String url, @RequestParam("name") String name) {
        // ruleid: trace.java.ssrf.tainted-url
        String body = rest.getForObject(url, String.class);
        // ruleid: trace.java.open-redirect.tainted-redirect
        return "redirect:" + name;
    }

    public String internal(String url) {
        // ok: trace.java.ssrf.tainted-url
        return rest.getForObject(url, String.class);
    }
}

class GuardedServlet extends HttpServlet {
    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[0-9a-f]{8}");
    private static final Set<String> HOSTS = Set.of("api.acme.example");
    private static final Set<String> SORTABLE = Set.of("created", "total");
    private static final java.util.Map<String, String> SORT_COLUMNS = java.util.Map.of("date", "created_at");
    private static final java.util.Map<String, String> AFTER_LOGOUT = java.util.Map.of("shop", "/shop");
    private static final Path BASE = Paths.get("/srv/invoices");
    private Connection conn;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String id = request.getParameter("id");
        if (!SAFE_ID.matcher(id).matches()) {
            response.sendError(400);
            return;
        }
        Statement stmt = conn.createStatement();
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices WHERE id = '" + id + "'");

        String code = request.getParameter("code");
        if (!SAFE_ID.matcher(code).matches()) {
            log("bad code " + code);
        }
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM codes WHERE code = '" + code + "'");

        String next = request.getParameter("next");
        if (!HOSTS.contains(URI.create(next).getHost())) throw new IllegalArgumentException("host");
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(next);
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Path target = BASE.resolve(request.getParameter("file")).normalize();
        if (!target.startsWith(BASE)) {
            throw new SecurityException("outside " + BASE);
        }
        // ok: trace.java.path-traversal.tainted-file-path
        java.nio.file.Files.readAllBytes(target);

        File f = new File("/srv/invoices", request.getParameter("name"));
        if (!f.getCanonicalPath().startsWith("/srv/invoices/")) {
            response.sendError(404);
            return;
        }
        // ok: trace.java.path-traversal.tainted-file-path
        FileInputStream in = new FileInputStream(f);

        // the containment check as one of several that each end the method
        Path stored = BASE.resolve(request.getParameter("stored")).normalize();
        if (!stored.startsWith(BASE) || stored.equals(BASE)) {
            throw new SecurityException("outside " + BASE);
        }
        File g = new File("/srv/invoices", request.getParameter("g"));
        if (g.getName().isEmpty() || !g.getCanonicalPath().startsWith("/srv/invoices/")) {
            response.sendError(404);
            return;
        }
        // half of an `&&` lets the path through whenever the other half is false
        // ruleid: trace.java.path-traversal.tainted-file-path
        Path half = BASE.resolve(request.getParameter("half")).normalize();
        if (!half.startsWith(BASE) && half.toString().endsWith(".pdf")) {
            throw new SecurityException("outside " + BASE);
        }
        // a check on a path that was never normalised
        // ruleid: trace.java.path-traversal.tainted-file-path
        Path plain = BASE.resolve(request.getParameter("plain"));
        if (!plain.startsWith(BASE) || plain.equals(BASE)) {
            throw new SecurityException("outside " + BASE);
        }

        // a prefix check on a path that was never normalised lets "../" through
        String raw = "/srv/invoices/" + request.getParameter("raw");
        if (!raw.startsWith("/srv/invoices/")) {
            return;
        }
        // ruleid: trace.java.path-traversal.tainted-file-path
        FileInputStream in2 = new FileInputStream(raw);

        // a failed check that resets the value to a literal: the value is checked or the literal
        String sort = request.getParameter("sort");
        if (!SORTABLE.contains(sort)) {
            sort = "created";
        }
        Statement stmt = conn.createStatement();
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY " + sort);
        // a lookup in a constant table
        String column = SORT_COLUMNS.getOrDefault(request.getParameter("by"), "created_at");
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY " + column);
        // the key as its own default passes an unknown key through
        String by = request.getParameter("by");
        String passedThrough = SORT_COLUMNS.getOrDefault(by, by);
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY " + passedThrough);
        String orNull = SORT_COLUMNS.getOrDefault(by, by == null ? "created_at" : by);
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY " + orNull);
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(AFTER_LOGOUT.getOrDefault(request.getParameter("to"), "/"));
        String back = request.getParameter("back");
        if (!HOSTS.contains(URI.create(back).getHost())) back = "/";
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(back);
        // a reset that checks nothing leaves the value as it came
        String order = request.getParameter("order");
        if (order == null) {
            order = "asc";
        }
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM invoices ORDER BY created " + order);
    }
}

class ConstantBranchServlet extends HttpServlet {
    private Connection conn;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String param = request.getParameter("id");
        int num = 86;
        String bar;
        // (7 * 42) - 86 = 208 > 200: the literal branch always runs
        if ((7 * 42) - num > 200) bar = "This_should_always_happen";
        else bar = param;
        Statement stmt = conn.createStatement();
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM t WHERE id = '" + bar + "'");
        String baz = (7 * 18) + num > 200 ? "constant" : param;
        // ok: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM t WHERE id = '" + baz + "'");
        String qux = param.length() > 200 ? "constant" : param;
        // ruleid: trace.java.sql-injection.tainted-query
        stmt.executeQuery("SELECT * FROM t WHERE id = '" + qux + "'");
    }
}

// Spring MVC: an unannotated String parameter of a handler is a request parameter, and a String
// a @ResponseBody or @RestController handler returns is the (HTML) response body.
@Controller
@RequestMapping("/greet")
class GreetingController {
    private JdbcTemplate jdbc;

    @RequestMapping("/hello")
    @ResponseBody
    public static String hello(String name) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<h1>Hello " + name + "</h1>";
    }

    @GetMapping(value = "/hello.json", produces = "application/json")
    @ResponseBody
    public String helloJson(String name) {
        // ok: trace.java.xss.tainted-spring-response
        return "{\"name\": \"" + name + "\"}";
    }

    @GetMapping("/page")
    public String page(String name) {
        // ok: trace.java.xss.tainted-spring-response
        return "greeting";
    }

    @PostMapping("/search")
    @ResponseBody
    public String search(String term, @RequestAttribute("tenant") String tenant) {
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM items WHERE name = '" + term + "'");
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM items WHERE tenant = '" + tenant + "'");
        // ok: trace.java.xss.tainted-spring-response
        return Encode.forHtml(term);
    }

    @GetMapping("/count")
    @ResponseBody
    public String count(String term) {
        // ruleid: trace.java.sql-injection.tainted-query
        java.util.List<java.util.Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM items WHERE name = '" + term + "'");
        // ok: trace.java.xss.tainted-spring-response
        return "found " + rows.size() + " rows";
    }

    public String notAHandler(String name) {
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM items WHERE name = '" + name + "'");
        return name;
    }
}

@RestController
class ProfileController {
    @GetMapping("/profile")
    public String profile(@RequestParam("bio") String bio) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + bio + "</p>";
    }

    @GetMapping("/tags")
    public java.util.List<String> tags(String tag) {
        // ok: trace.java.xss.tainted-spring-response
        return java.util.List.of(tag);
    }
}

// A response declared HTML, in Spring and JAX-RS
@RestController
class BadgeController {
    @GetMapping(value = "/badge", produces = MediaType.TEXT_HTML_VALUE)
    public String badge(@RequestParam("label") String label) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<span class=\"badge\">" + label + "</span>";
    }

    @GetMapping("/card")
    public ResponseEntity<String> card(@RequestParam("title") String title) {
        // ruleid: trace.java.xss.tainted-spring-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<h2>" + title + "</h2>");
    }

    @GetMapping("/card.txt")
    public ResponseEntity<String> cardText(@RequestParam("title") String title) {
        // ok: trace.java.xss.tainted-spring-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(title);
    }
}

@javax.ws.rs.Path("/notes")
class NoteResource {
    @GET
    @Produces("text/html")
    public String show(@QueryParam("text") String text) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + text + "</p>";
    }

    @GET
    @javax.ws.rs.Path("/raw")
    public Response raw(@HeaderParam("X-Note") String note) {
        // ruleid: trace.java.xss.tainted-spring-response
        return Response.ok("<pre>" + note + "</pre>").type("text/html").build();
    }

    @GET
    @javax.ws.rs.Path("/plain")
    public Response plain(@HeaderParam("X-Note") String note) {
        // ok: trace.java.xss.tainted-spring-response
        return Response.ok(note).type("text/plain").build();
    }

    @GET
    @javax.ws.rs.Path("/escaped")
    public Response escaped(@QueryParam("text") String text) {
        // ok: trace.java.xss.tainted-spring-response
        return Response.ok("<p>" + Encode.forHtml(text) + "</p>", javax.ws.rs.core.MediaType.TEXT_HTML).build();
    }

    // the unannotated parameter is the request entity (the body); an upload's client-side
    // file name comes with its multipart disposition
    @POST
    @javax.ws.rs.Path("/import")
    public String importFrom(Map<String, String> body) throws Exception {
        // ruleid: trace.java.ssrf.tainted-url
        new URL(body.get("url")).openStream().close();
        return "ok";
    }

    @POST
    @javax.ws.rs.Path("/{id}/pin")
    public String pin(@PathParam("id") long id, Map<String, String> body) throws Exception {
        // ok: trace.java.ssrf.tainted-url
        new URL("https://notes.acme.example/pins/" + id).openStream().close();
        return "ok";
    }

    @POST
    @javax.ws.rs.Path("/upload")
    public String upload(@FormDataParam("file") InputStream file,
                         @FormDataParam("file") FormDataContentDisposition disposition) throws Exception {
        Path root = Paths.get("/srv/notes");
        // ruleid: trace.java.path-traversal.tainted-file-path
        Path target = root.resolve(disposition.getFileName());
        Files.copy(file, target);
        // ok: trace.java.path-traversal.tainted-file-path
        Path renamed = root.resolve(UUID.randomUUID() + ".bin");
        Files.copy(file, renamed);
        return "ok";
    }
}

class WebhookClient {
    private static final Set<String> HOSTS = Set.of("hooks.acme.example");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("hooks");

    public void ping(HttpServletRequest request) throws Exception {
        String callback = request.getParameter("callback");
        // ok: trace.java.ssrf.tainted-url
        URL parsed = new URL(callback);
        // ruleid: trace.java.ssrf.tainted-url
        java.net.HttpURLConnection conn = (java.net.HttpURLConnection) parsed.openConnection();
        URL image = new URL(request.getParameter("image"));
        // ruleid: trace.java.ssrf.tainted-url
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(image);
        // ok: trace.java.ssrf.tainted-url
        log.info("fetched {}", image);
    }

    // a URL parsed and returned is judged where the caller opens it, not where it is parsed
    URI parsedReturn(HttpServletRequest request) {
        // ok: trace.java.ssrf.tainted-url
        return URI.create(request.getParameter("return"));
    }

    String normalisedReturn(HttpServletRequest request) throws Exception {
        // ok: trace.java.ssrf.tainted-url
        URI uri = new URI(request.getParameter("normal")).normalize();
        // ok: trace.java.ssrf.tainted-url
        return URI.create(request.getParameter("stored")).toString();
    }

    String openedReturn(HttpServletRequest request) throws Exception {
        // ruleid: trace.java.ssrf.tainted-url
        return new String(new URL(request.getParameter("open")).openStream().readAllBytes());
    }

    String openedKept(HttpServletRequest request) throws Exception {
        // ruleid: trace.java.ssrf.tainted-url
        String body = new String(new URL(request.getParameter("kept")).openStream().readAllBytes());
        return body;
    }

    // a check named for approval, in a policy class of its own
    public void approvedPing(HttpServletRequest request) throws Exception {
        String map = request.getParameter("map");
        if (!UrlPolicy.isApprovedMapHost(map)) {
            throw new IllegalArgumentException("map provider not approved");
        }
        // ok: trace.java.ssrf.tainted-url
        new URL(map).openStream().close();
    }

    public void checkedPing(HttpServletRequest request) throws Exception {
        URL target = new URL(request.getParameter("callback"));
        if (!HOSTS.contains(target.getHost())) {
            throw new SecurityException("host not allowed");
        }
        // ok: trace.java.ssrf.tainted-url
        target.openConnection().connect();
    }

    public void lowerCasedHostPing(HttpServletRequest request, HttpServletResponse response) throws Exception {
        URL asset = new URL(request.getParameter("asset"));
        String host = asset.getHost() == null ? "" : asset.getHost().toLowerCase(java.util.Locale.ROOT);
        if (!"https".equalsIgnoreCase(asset.getProtocol()) || !HOSTS.contains(host)) {
            throw new IllegalArgumentException("host not allowed");
        }
        // ok: trace.java.ssrf.tainted-url
        asset.openStream().close();
        URL other = new URL(request.getParameter("other"));
        String otherHost = other.getHost();
        if (otherHost == null) {
            throw new IllegalArgumentException("no host");
        }
        // ruleid: trace.java.ssrf.tainted-url
        other.openStream().close();
        URI back = new URI(request.getParameter("back"));
        if (!"https".equals(back.getScheme()) || back.getHost() == null || !HOSTS.contains(back.getHost())) {
            response.sendError(400);
            return;
        }
        // ok: trace.java.open-redirect.tainted-redirect
        response.sendRedirect(back.toString());
    }

    public void suffixCheckedPing(HttpServletRequest request) throws Exception {
        URL target = new URL(request.getParameter("callback"));
        if (!target.getHost().endsWith(".acme.example")) {
            return;
        }
        // ok: trace.java.ssrf.tainted-url
        target.openStream().close();
    }

    public void suffixWithoutDotPing(HttpServletRequest request) throws Exception {
        URL target = new URL(request.getParameter("callback"));
        // without the dot, attackeracme.example passes
        if (!target.getHost().endsWith("acme.example")) {
            return;
        }
        // ruleid: trace.java.ssrf.tainted-url
        target.openStream().close();
    }

    public void looselyCheckedPing(HttpServletRequest request) throws Exception {
        URL target = new URL(request.getParameter("callback"));
        // a substring check lets hooks.acme.example.attacker.test through
        if (!target.getHost().contains("acme.example")) {
            return;
        }
        // ruleid: trace.java.ssrf.tainted-url
        target.openStream().close();
    }

    public void lowerCasedInlinePing(HttpServletRequest request) throws Exception {
        URL lab = new URL(request.getParameter("lab"));
        if (!"https".equalsIgnoreCase(lab.getScheme()) || lab.getHost() == null || !HOSTS.contains(lab.getHost().toLowerCase())) {
            throw new IllegalArgumentException("lab host not allowed");
        }
        // ok: trace.java.ssrf.tainted-url
        lab.openStream().close();
        URL loose = new URL(request.getParameter("loose"));
        if (!loose.getHost().toLowerCase().contains("lab.example")) {
            throw new IllegalArgumentException("lab host not allowed");
        }
        // ruleid: trace.java.ssrf.tainted-url
        loose.openStream().close();
    }

    public String hostOf(HttpServletRequest request) throws Exception {
        // ok: trace.java.ssrf.tainted-url
        URL parsed = new URL(request.getParameter("callback"));
        return parsed.getHost();
    }
}

class ToolRunner {
    private static final Set<String> TOOLS = Set.of("uptime", "df");

    public void run(HttpServletRequest request, boolean admin) throws Exception {
        String tool = request.getParameter("tool");
        if (TOOLS.contains(tool)) {
            // ok: trace.java.command-injection.tainted-command
            Runtime.getRuntime().exec(tool);
        } else {
            throw new IllegalArgumentException("unknown tool");
        }
        if (TOOLS.contains(tool)) {
            // todook: trace.java.command-injection.tainted-command
            Runtime.getRuntime().exec(tool);
        } else {
            // ruleid: trace.java.command-injection.tainted-command
            Runtime.getRuntime().exec("echo " + tool);
        }
        if (TOOLS.contains(tool)) {
            admin = false;
        } else
            // ruleid: trace.java.command-injection.tainted-command
            Runtime.getRuntime().exec("echo " + tool);
        if (TOOLS.contains(tool) || admin) {
            // ruleid: trace.java.command-injection.tainted-command
            Runtime.getRuntime().exec(tool);
        }
    }
}

@RestController
class AuditController {
    private Connection db;

    @GetMapping("/audit/ping")
    public void ping(@RequestHeader("User-Agent") String agent,
                     HttpServletResponse response) throws Exception {
        File journal = new File("/var/log/acme", "agents.log");
        try (PrintWriter log = new PrintWriter(journal)) {
            // ok: trace.java.xss.tainted-servlet-output
            log.println(agent);
        }
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter text = new PrintWriter(buffer);
        // ok: trace.java.xss.tainted-servlet-output
        text.print(agent);
        PrintWriter page = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), "UTF-8"));
        // ruleid: trace.java.xss.tainted-servlet-output
        page.println("<p>" + agent + "</p>");
    }

    @GetMapping("/audit/page")
    public String page(@RequestParam Integer pageNo, @RequestParam long since) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        db.createStatement().executeQuery("SELECT * FROM audit WHERE page = " + pageNo + " AND ts > " + since);
        return "audit";
    }

    public Object tokenClaims(String token) {
        return io.jsonwebtoken.Jwts.parser()
            .setSigningKeyResolver(new io.jsonwebtoken.SigningKeyResolverAdapter() {
                @Override
                public byte[] resolveSigningKeyBytes(io.jsonwebtoken.JwsHeader header, io.jsonwebtoken.Claims claims) {
                    String keyId = header.getKeyId();
                    try {
                        // ruleid: trace.java.sql-injection.tainted-query
                        ResultSet rs = db.createStatement().executeQuery("SELECT k FROM keys WHERE id = '" + keyId + "'");
                        return rs.next() ? rs.getBytes(1) : null;
                    } catch (java.sql.SQLException e) {
                        return null;
                    }
                }
            })
            .parseClaimsJws(token);
    }

    @GetMapping("/audit/export")
    public ResponseEntity<byte[]> export(HttpServletRequest request, RestTemplate rest) throws Exception {
        String name = request.getParameter("name");
        // ok: trace.java.ssrf.tainted-url
        byte[] body = rest.getForObject("/exports/" + name, byte[].class);
        // ruleid: trace.java.ssrf.tainted-url
        byte[] other = rest.getForObject(name, byte[].class);
        return ResponseEntity.ok()
            // ok: trace.java.ssrf.tainted-url
            .location(new URI("/audit/export?name=" + name))
            .body(body);
    }

    @GetMapping("/audit/mirror")
    public String mirror(@RequestParam String source) throws Exception {
        if (source.matches("https://mirror\\.acme\\.example/[a-z]+")) {
            // ok: trace.java.ssrf.tainted-url
            try (java.io.InputStream in = new URL(source).openStream()) {
                return "fetched";
            }
        }
        // ruleid: trace.java.ssrf.tainted-url
        try (java.io.InputStream in = new URL(source).openStream()) {
            return "fetched anyway";
        }
    }
}

class ExportRunner {
    public void export(HttpServletRequest request) throws Exception {
        String format = request.getParameter("format");
        switch (format) {
            case "csv":
            case "tsv":
                break;
            default:
                throw new IllegalArgumentException("unknown format");
        }
        // ok: trace.java.command-injection.tainted-command
        Runtime.getRuntime().exec("export --format " + format);
        String sort = request.getParameter("sort");
        switch (sort) {
            case "name":
                break;
            default:
                sort = sort.trim();
        }
        // ruleid: trace.java.command-injection.tainted-command
        Runtime.getRuntime().exec("export --sort " + sort);
    }
}

// jOOQ's and JDBI's plain-SQL methods, OkHttp and Jsoup requests
@RestController
class PolicyLookupController {
    private DSLContext dsl;
    private Handle handle;

    @GetMapping("/policies")
    public Object policies(@RequestParam String holder, @RequestParam String feed) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        dsl.fetch("SELECT * FROM policies WHERE holder = '" + holder + "'");
        // ok: trace.java.sql-injection.tainted-query
        dsl.fetch("SELECT * FROM policies WHERE holder = ?", holder);
        // ruleid: trace.java.sql-injection.tainted-query
        dsl.select().from("policies").where(DSL.condition("holder = '" + holder + "'")).fetch();
        // ruleid: trace.java.sql-injection.tainted-query
        handle.createQuery("SELECT * FROM policies WHERE holder = '" + holder + "'").mapToMap().list();
        // ok: trace.java.sql-injection.tainted-query
        handle.createQuery("SELECT * FROM policies WHERE holder = :holder").bind("holder", holder).mapToMap().list();
        // ruleid: trace.java.ssrf.tainted-url
        okhttp3.Request estimate = new Request.Builder().url(feed).build();
        // ok: trace.java.ssrf.tainted-url
        okhttp3.Request fixed = new Request.Builder().url("https://estimates.example.com/v1").build();
        // ruleid: trace.java.ssrf.tainted-url
        Jsoup.connect(feed).get();
        return estimate.toString() + fixed;
    }
}

@Path("/api/formulary")
class FormularyResource {
    @jakarta.ws.rs.GET
    public List<FormularyItem> search(@QueryParam("q") String q) {
        String where = "active = true and lower(genericName) like '%" + q + "%'";
        // ruleid: trace.java.sql-injection.tainted-query
        List<FormularyItem> found = FormularyItem.find(where + " order by genericName").list();
        // ok: trace.java.sql-injection.tainted-query
        List<FormularyItem> same = FormularyItem.find("lower(genericName) like ?1", "%" + q + "%").list();
        // a stream of the words is no query
        // ok: trace.java.sql-injection.tainted-query
        long words = Arrays.stream(q.split(" ")).count();
        return found;
    }
}

// Micronaut binds route parameters by its own annotations
@io.micronaut.http.annotation.Controller("/api/berths")
class BerthController {
    private java.sql.Statement statement;

    @Get("/search")
    public List<Map<String, Object>> search(@QueryValue String vessel, @QueryValue int limit) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        statement.executeQuery("SELECT * FROM berth WHERE vessel = '" + vessel + "'");
        // ok: trace.java.sql-injection.tainted-query
        statement.executeQuery("SELECT * FROM berth LIMIT " + limit);
        return List.of();
    }

    @Post("/probe")
    public String probe(@Body ProbeRequest probe, @Header("X-Lane") String lane) throws Exception {
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder("sh", "-c", "ping -c1 " + probe.host()).start();
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder("sh", "-c", "lane-status " + lane).start();
        return "ok";
    }

    @Get("/notice")
    public String notice(@QueryValue String url, @QueryValue String mirror) throws Exception {
        URI uri = URI.create(url);
        if (!allowList.permits(uri)) {
            throw new IllegalArgumentException("host not allowed");
        }
        // ok: trace.java.ssrf.tainted-url
        String notice = new RestTemplate().getForObject(uri, String.class);
        // ruleid: trace.java.ssrf.tainted-url
        return notice + new RestTemplate().getForObject(URI.create(mirror), String.class);
    }

    @Get("/{callRef}/documents/{fileName}")
    public byte[] document(@PathVariable String callRef, @PathVariable String fileName) throws Exception {
        java.nio.file.Path docs = java.nio.file.Path.of("/srv/docs");
        // ruleid: trace.java.path-traversal.tainted-file-path
        java.nio.file.Path file = docs.resolve("calls").resolve(callRef).resolve("index.pdf");
        // ruleid: trace.java.path-traversal.tainted-file-path
        java.nio.file.Path other = docs.resolve("calls").resolve("shared").resolve(fileName);
        // ok: trace.java.path-traversal.tainted-file-path
        java.nio.file.Path fixed = docs.resolve("calls").resolve("shared").resolve("index.pdf");
        return Files.readAllBytes(file);
    }

    // a method of no route, whose @Body means something else, reads no request
    public String relay(@Body ProbeRequest probe) throws Exception {
        // ok: trace.java.command-injection.tainted-command
        new ProcessBuilder("sh", "-c", "ping -c1 " + probe.host()).start();
        return "ok";
    }
}

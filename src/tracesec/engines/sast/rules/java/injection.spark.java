// Spark Java: a typed Request and route lambdas; redirects, what a route returns (text/html
// unless the route sets another type)
import static spark.Spark.*;
import spark.Request;
import spark.Response;
import java.io.*;
import java.nio.file.*;

class SparkProbe {
    static javax.sql.DataSource ds;

    public static void main(String[] args) {
        get("/a", (req, res) -> {
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + req.queryParams("a") + "'");
            return "ok";
        });
        // a lambda route's params(), body() and headers() are not read (its words alone are
        // every file's); its queryParams() are, and a typed Request's all
        get("/b/:id", (req, res) -> {
            // todoruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + req.params(":id") + "'");
            return "ok";
        });
        post("/c", (req, res) -> {
            // todoruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + req.body() + req.headers("X-A") + req.cookie("c") + "'");
            return "ok";
        });
        get("/go", (req, res) -> {
            // ruleid: trace.java.open-redirect.tainted-redirect
            res.redirect(req.queryParams("next"));
            return null;
        });
        get("/html", (req, res) -> {
            // Spark sends a route's return as HTML, but a sink of bare `get(path, lambda)`
            // names no word the helper prefilter could require (helper_links.Words): not
            // reported (a known miss of trace.java.xss.tainted-spring-response)
            return "<p>" + req.queryParams("q");
        });
        get("/file", (req, res) -> {
            // ruleid: trace.java.path-traversal.tainted-file-path
            return Files.readString(Path.of("/srv/files", req.queryParams("name")));
        });
        get("/json", (req, res) -> {
            res.type("application/json");
            return "{\"q\": \"" + req.queryParams("q") + "\"}";
        });
        get("/n", (req, res) -> {
            int n = Integer.parseInt(req.queryParams("n"));
            // ok: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
            return "ok";
        });
    }

    static Object outbound(okhttp3.Request call) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + call.header("X-A") + call.url() + "'");
        return "ok";
    }

    static Object handle(Request request, Response response) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + request.queryParams("a") + request.queryMap("x").value() + request.splat()[0] + "'");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + request.body() + request.params(":id") + "'");
        // ruleid: trace.java.open-redirect.tainted-redirect
        response.redirect(request.queryParams("next"));
        return "ok";
    }
}

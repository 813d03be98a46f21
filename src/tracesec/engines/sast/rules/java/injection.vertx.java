// Vert.x Web: RoutingContext and HttpServerRequest getters, in route lambdas too (not an event
// bus consumer's); uploads, sendFile, redirects, HTML ends
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.*;
import java.nio.file.*;

class VertxProbe {
    javax.sql.DataSource ds;

    void register(Router router) {
        router.get("/a").handler(ctx -> {
            try {
                // ruleid: trace.java.sql-injection.tainted-query
                ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.request().getParam("a") + "'");
                // ruleid: trace.java.sql-injection.tainted-query
                ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.request().getHeader("X-A") + "'");
                // ruleid: trace.java.sql-injection.tainted-query
                ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.body().asJsonObject().getString("a") + "'");
            } catch (Exception e) {}
        });
        router.get("/b").handler(this::b);
    }

    void b(RoutingContext ctx) {
        try {
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.pathParam("id") + "'");
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.queryParam("a").get(0) + "'");
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.request().getHeader("X-A") + "'");
            JsonObject json = ctx.body().asJsonObject();
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + json.getString("a") + "'");
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.getBodyAsJson().getString("a") + "'");
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.request().getFormAttribute("a") + "'");
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.body().asString() + "'");
            for (FileUpload f : ctx.fileUploads()) {
                // ruleid: trace.java.path-traversal.tainted-file-path
                Files.move(Path.of(f.uploadedFileName()), Path.of("/srv/up", f.fileName()));
            }
            // ruleid: trace.java.path-traversal.tainted-file-path
            ctx.response().sendFile("/srv/files/" + ctx.queryParam("name").get(0));
            // ruleid: trace.java.open-redirect.tainted-redirect
            ctx.response().setStatusCode(302).putHeader("Location", ctx.request().getParam("next")).end();
            // ruleid: trace.java.open-redirect.tainted-redirect
            ctx.redirect(ctx.request().getParam("next"));
            // ruleid: trace.java.xss.tainted-servlet-output
            ctx.response().putHeader("content-type", "text/html").end("<p>" + ctx.request().getParam("q"));
            int n = Integer.parseInt(ctx.request().getParam("n"));
            // ok: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
        } catch (Exception e) {}
    }

    void quiet(io.vertx.core.Vertx vertx, RoutingContext ctx) {
        vertx.eventBus().consumer("audit").handler(msg -> {
            try {
                // ok: trace.java.sql-injection.tainted-query
                ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + msg.body() + "'");
            } catch (Exception e) {}
        });
        // ok: trace.java.xss.tainted-servlet-output
        ctx.response().putHeader("content-type", "application/json").end(ctx.request().getParam("q"));
    }

    void c(HttpServerRequest req) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + req.getParam("a") + "'");
    }
}

// Javalin: Context getters in lambdas and handler methods (a value Javalin converts to a
// number is none); ctx.html and HTML results, redirects and Location headers
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.*;
import java.nio.file.*;

class JavalinProbe {
    javax.sql.DataSource ds;

    void register(Javalin app) {
        app.get("/a", ctx -> {
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.queryParam("a") + "'");
        });
        app.post("/b", ctx -> {
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.formParam("a") + ctx.header("X") + ctx.cookie("c") + "'");
        });
        app.get("/c/{id}", ctx -> {
            // ruleid: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.pathParam("id") + "'");
        });
        app.get("/go", ctx -> {
            // ruleid: trace.java.open-redirect.tainted-redirect
            ctx.redirect(ctx.queryParam("next"));
        });
        app.get("/html", ctx -> {
            // ruleid: trace.java.xss.tainted-servlet-output
            ctx.html("<p>" + ctx.queryParam("q"));
        });
        app.get("/file", ctx -> {
            // ruleid: trace.java.path-traversal.tainted-file-path
            ctx.result(new FileInputStream("/srv/files/" + ctx.queryParam("name")));
        });
        app.get("/n", ctx -> {
            int n = ctx.queryParamAsClass("n", Integer.class).get();
            // ok: trace.java.sql-injection.tainted-query
            ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
        });
    }

    void body(Context ctx) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + ctx.body() + "'");
        // ruleid: trace.java.xss.tainted-servlet-output
        ctx.html(ctx.body());
        // ruleid: trace.java.xss.tainted-servlet-output
        ctx.contentType("text/html").result(ctx.formParam("a"));
        // ruleid: trace.java.open-redirect.tainted-redirect
        ctx.header("Location", ctx.queryParam("next"));
        UploadedFile f = ctx.uploadedFile("f");
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.copy(f.content(), Path.of("/srv/up/" + f.filename()));
    }

    // a result Javalin sends as text/plain, or as the type set
    void plain(Context ctx) {
        // ok: trace.java.xss.tainted-servlet-output
        ctx.result(ctx.formParam("a"));
        // ok: trace.java.xss.tainted-servlet-output
        ctx.contentType("application/json").result(ctx.formParam("a"));
    }
}

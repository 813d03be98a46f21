// Micronaut: binding annotations and default binding (uploads, HttpParameters, HttpHeaders),
// HttpRequest's getters; redirects, HTML and file responses
import java.io.*;
import java.net.URI;
import java.nio.file.*;
import java.util.*;
import io.micronaut.http.*;
import io.micronaut.http.annotation.*;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.core.annotation.Nullable;

class Criteria {
    String name;
}

@Controller("/m")
class MicronautProbe {
    javax.sql.DataSource ds;

    @Get("/a{?a}")
    String a(@QueryValue String a) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @Get("/b/{id}")
    String b(@PathVariable String id) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + id + "'");
        return "ok";
    }

    @Post("/c")
    String c(@Body Criteria c) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + c.name + "'");
        return "ok";
    }

    @Get("/d")
    String d(@Header("X-A") String h) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + h + "'");
        return "ok";
    }

    @Get("/e")
    String e(@CookieValue("c") String c) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + c + "'");
        return "ok";
    }

    @Post(value = "/f", consumes = MediaType.MULTIPART_FORM_DATA)
    String f(@Part("file") CompletedFileUpload file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.write(Paths.get("/srv/up", file.getFilename()), file.getBytes());
        return "ok";
    }

    @Post(value = "/f2", consumes = MediaType.MULTIPART_FORM_DATA)
    String f2(CompletedFileUpload file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.write(Paths.get("/srv/up", file.getFilename()), file.getBytes());
        return "ok";
    }

    @Get("/g")
    String g(HttpRequest<?> request) throws Exception {
        String a = request.getParameters().get("a");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @Post("/h")
    String h(HttpRequest<String> request) throws Exception {
        String a = request.getBody().orElse("");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @Get("/i")
    String i(HttpRequest<?> request) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + request.getHeaders().get("X-A") + request.getCookies().findCookie("c").get().getValue() + "'");
        return "ok";
    }

    @Get("/j")
    String j(HttpParameters params, HttpHeaders headers) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + params.get("a") + headers.get("X-A") + "'");
        return "ok";
    }

    @Post("/k")
    String k(@Body String body) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + body + "'");
        return "ok";
    }

    @Get("/l")
    String l(@QueryValue int n) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
        return "ok";
    }

    @Get("/quiet")
    String quiet(int page, java.net.http.HttpRequest outbound) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + page + outbound.uri() + "'");
        return "ok";
    }

    @Get("/json")
    HttpResponse<String> json(@QueryValue String q) {
        // ok: trace.java.xss.tainted-spring-response
        return HttpResponse.ok("{\"q\": 1}").contentType(MediaType.APPLICATION_JSON);
    }

    @Get("/go")
    HttpResponse<?> go(@QueryValue String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return HttpResponse.redirect(URI.create(next));
    }

    @Get("/go2")
    HttpResponse<?> go2(@QueryValue String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, next);
    }

    @Get("/html")
    @Produces(MediaType.TEXT_HTML)
    String html(@QueryValue String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + q;
    }

    @Get("/html2")
    HttpResponse<String> html2(@QueryValue String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return HttpResponse.ok("<p>" + q).contentType(MediaType.TEXT_HTML);
    }

    @Get("/file")
    SystemFile file(@QueryValue String name) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return new SystemFile(new File("/srv/files/" + name));
    }
}

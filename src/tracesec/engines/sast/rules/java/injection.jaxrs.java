// JAX-RS (Jersey, RESTEasy) and Quarkus REST: parameter annotations (@Rest* included),
// injected UriInfo and HttpHeaders, entity parameters, a filter's ContainerRequestContext,
// uploads; redirects, HTML and file responses
import java.io.*;
import java.net.URI;
import java.nio.file.*;
import java.util.*;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

class Filter {
    String name;
}

class ReportParameters {
    String getQueryParameters() { return "year=2024"; }
}

class SearchBean {
    @QueryParam("q") String q;
}

@Path("/r")
class JaxrsProbe {
    javax.sql.DataSource ds;
    @Context UriInfo uriInfo;

    void run(String sql) throws Exception {
        ds.getConnection().createStatement().executeQuery(sql);
    }

    @GET @Path("/a")
    public String a(@QueryParam("a") String a) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/b/{id}")
    public String b(@PathParam("id") String id) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + id + "'");
        return "ok";
    }

    @POST @Path("/c")
    public String c(@FormParam("a") String a, @HeaderParam("X-A") String h, @CookieParam("c") String c) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + h + c + "'");
        return "ok";
    }

    @GET @Path("/d")
    public String d(@BeanParam SearchBean bean) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + bean.q + "'");
        return "ok";
    }

    @GET @Path("/e")
    public String e(@RestQuery String a) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/f/{id}")
    public String f(@RestPath String id) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + id + "'");
        return "ok";
    }

    @POST @Path("/g")
    public String g(@RestForm String a) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/h")
    public String h(@RestHeader("X-A") String a) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/h2")
    public String h2(@RestCookie String a, @RestMatrix String m) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + m + "'");
        return "ok";
    }

    @GET @Path("/i")
    public String i(@Context UriInfo info) throws Exception {
        String a = info.getQueryParameters().getFirst("a");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/j/{id}")
    public String j() throws Exception {
        String a = uriInfo.getPathParameters().getFirst("id");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return "ok";
    }

    @GET @Path("/k")
    public String k(@Context HttpHeaders headers) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + headers.getHeaderString("X-A") + "'");
        return "ok";
    }

    @GET @Path("/k2")
    public String k2(@Context HttpHeaders headers) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + headers.getRequestHeader("X-A").get(0) + headers.getCookies().get("c").getValue() + "'");
        return "ok";
    }

    @POST @Path("/l")
    public String l(String body) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + body + "'");
        return "ok";
    }

    @POST @Path("/m")
    public String m(Filter filter) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + filter.name + "'");
        return "ok";
    }

    @POST @Path("/n")
    public String n(MultivaluedMap<String, String> form) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + form.getFirst("a") + "'");
        return "ok";
    }

    @POST @Path("/o")
    public String o(Form form) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + form.asMap().getFirst("a") + "'");
        return "ok";
    }

    @POST @Path("/up")
    public String up(@RestForm("file") FileUpload file) throws Exception {
        // ruleid: trace.java.path-traversal.tainted-file-path
        Files.copy(file.uploadedFile(), Paths.get("/srv/up", file.fileName()));
        return "ok";
    }

    @POST @Path("/up2")
    public String up2(@RestForm("file") FileUpload file, @RestForm String printer) throws Exception {
        // ok: trace.java.path-traversal.tainted-file-path
        byte[] data = Files.readAllBytes(Paths.get(file.uploadedFile().toString()));
        List<String> print = new ArrayList<>(List.of("lp", "-d", "front-desk"));
        print.add(file.fileName());
        // ok: trace.java.command-injection.tainted-command
        new ProcessBuilder(print).start();
        List<String> shell = new ArrayList<>(List.of("sh", "-c"));
        shell.add("lp -d " + printer);
        // ruleid: trace.java.command-injection.tainted-command
        new ProcessBuilder(shell).start();
        return "ok";
    }

    @GET @Path("/ctx")
    public String ctx(@Context ContainerRequestContext rc) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + rc.getHeaderString("X-A") + "'");
        return "ok";
    }

    @GET @Path("/p")
    public String p(@QueryParam("n") int n) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
        return "ok";
    }

    @GET @Path("/quiet")
    public String quiet(@RestQuery int page, @Context HttpHeaders headers, @Context UriInfo info) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + page + headers.getMediaType() + info.getBaseUri() + "'");
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + new ReportParameters().getQueryParameters() + "'");
        return "ok";
    }

    @GET @Path("/go")
    public Response go(@QueryParam("next") String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return Response.temporaryRedirect(URI.create(next)).build();
    }

    @GET @Path("/go2")
    public Response go2(@QueryParam("next") String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return Response.status(Response.Status.FOUND).header("Location", next).build();
    }

    @GET @Path("/go3")
    public RestResponse<Void> go3(@RestQuery String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return RestResponse.seeOther(URI.create(next));
    }

    @GET @Path("/go4")
    public Response go4(@QueryParam("next") String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return Response.status(302).location(UriBuilder.fromUri(next).build()).build();
    }

    @GET @Path("/html") @Produces(MediaType.TEXT_HTML)
    public String html(@QueryParam("q") String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return "<p>" + q;
    }

    @GET @Path("/html2")
    public Response html2(@QueryParam("q") String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return Response.ok("<p>" + q, MediaType.TEXT_HTML_TYPE).build();
    }

    @GET @Path("/html3")
    public Response html3(@QueryParam("q") String q) {
        // ruleid: trace.java.xss.tainted-spring-response
        return Response.ok("<p>" + q).type("text/html").build();
    }

    @GET @Path("/file")
    public Response file(@QueryParam("name") String name) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return Response.ok(new File("/srv/files/" + name)).build();
    }

    @GET @Path("/file2")
    public Response file2(@QueryParam("name") String name) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return Response.ok((StreamingOutput) out -> Files.copy(Paths.get("/srv/files", name), out)).build();
    }
}

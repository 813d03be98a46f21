// Play Framework for Java: Http.Request getters and a controller's action parameters;
// redirect(...), ok(...).as("text/html"), files
import play.mvc.*;
import play.mvc.Http;
import java.io.*;
import java.nio.file.*;
import java.util.*;

public class PlayProbe extends Controller {
    javax.sql.DataSource ds;

    public Result a(Http.Request request) throws Exception {
        String a = request.queryString("a").orElse("");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + a + "'");
        return ok("ok");
    }

    public Result b(Http.Request request) throws Exception {
        Map<String, String[]> form = request.body().asFormUrlEncoded();
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + form.get("a")[0] + "'");
        return ok("ok");
    }

    public Result c(Http.Request request) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + request.body().asJson().get("a").asText() + request.getQueryString("b") + request.header("X").orElse("") + "'");
        return ok("ok");
    }

    public Result d(String id) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + id + "'");
        return ok("ok");
    }

    public Result go(Http.Request request) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return redirect(request.queryString("next").orElse("/"));
    }

    public Result html(Http.Request request) {
        // ruleid: trace.java.xss.tainted-spring-response
        return ok("<p>" + request.queryString("q").orElse("")).as("text/html");
    }

    public Result file(Http.Request request) {
        // ruleid: trace.java.path-traversal.tainted-file-path
        return ok(new File("/srv/files/" + request.queryString("name").orElse("")));
    }

    public Result plain(Http.Request request) {
        // ok: trace.java.xss.tainted-spring-response
        return ok("Hello " + request.queryString("q").orElse(""));
    }

    public Result n(Http.Request request) throws Exception {
        int n = Integer.parseInt(request.queryString("n").orElse("0"));
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + n);
        return ok("ok");
    }
}

// not a controller: a service's own Result-returning method
class ReportJob {
    javax.sql.DataSource ds;

    public play.mvc.Result run(String table) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM " + table);
        return null;
    }
}

class PlayForms extends Controller {
    javax.sql.DataSource ds;
    play.data.FormFactory forms;

    public Result search(Http.Request request) throws Exception {
        play.data.DynamicForm form = forms.form().bindFromRequest(request);
        String title = form.get("title");
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM reports WHERE title = '" + title + "'");
        Deposit deposit = forms.form(Deposit.class).bindFromRequest(request).get();
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM lots WHERE species = '" + deposit.species + "'");
        return ok("ok");
    }
}

class PlayRoutes extends Controller {
    play.data.FormFactory forms;

    public Result create(Http.Request request) {
        Deposit deposit = forms.form(Deposit.class).bindFromRequest(request).get();
        // ok: trace.java.open-redirect.tainted-redirect
        return redirect(routes.DepositController.show(deposit.id));
    }

    public Result back(Http.Request request) {
        Deposit deposit = forms.form(Deposit.class).bindFromRequest(request).get();
        // ruleid: trace.java.open-redirect.tainted-redirect
        return redirect(deposit.returnUrl);
    }
}

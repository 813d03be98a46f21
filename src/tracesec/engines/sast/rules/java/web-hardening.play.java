// Play Framework for Java: CORS headers set on a Result's chain
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import java.util.Set;

public class CatalogController extends Controller {
    private static final Set<String> PARTNERS = Set.of("https://partner.example.org");

    public Result lots(Http.Request request) {
        String origin = request.header(Http.HeaderNames.ORIGIN).orElse("*");
        // ruleid: trace.java.cors.credentials-any-origin
        return ok(Json.toJson("x")).withHeader("Access-Control-Allow-Origin", origin).withHeader("Access-Control-Allow-Credentials", "true");
    }

    public Result partnerLots(Http.Request request) {
        String origin = request.header("Origin").orElse("");
        if (PARTNERS.contains(origin)) {
            // ok: trace.java.cors.credentials-any-origin
            return ok("x").withHeader("Access-Control-Allow-Origin", origin).withHeader("Access-Control-Allow-Credentials", "true");
        }
        return ok("x");
    }

    public Result publicLots(Http.Request request) {
        String origin = request.header("Origin").orElse("*");
        // ok: trace.java.cors.credentials-any-origin
        return ok("x").withHeader("Access-Control-Allow-Origin", origin);
    }
}

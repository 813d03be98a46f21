import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller("/portal")
class PortalController {
    private static final Set<String> PAGES = Set.of("/portal", "/portal/orders");

    @Post("/login")
    HttpResponse<?> login(String username, @Nullable String next) {
        if (next != null && next.startsWith("/")) {
            // ruleid: trace.java.open-redirect.tainted-redirect
            return HttpResponse.seeOther(URI.create(next));
        }
        // ok: trace.java.open-redirect.tainted-redirect
        return HttpResponse.seeOther(URI.create("/portal"));
    }

    @Get("/logout")
    HttpResponse<?> logout(@Nullable @QueryValue String returnTo) {
        if (returnTo == null || !PAGES.contains(returnTo)) {
            return HttpResponse.seeOther(URI.create("/portal"));
        }
        // ok: trace.java.open-redirect.tainted-redirect
        return HttpResponse.seeOther(URI.create(returnTo));
    }

    @Get("/away")
    HttpResponse<?> away(@QueryValue String to) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return HttpResponse.temporaryRedirect(URI.create(to));
    }
}

@Path("/session")
class SessionResource {
    @GET
    @Path("/end")
    public Response end(@QueryParam("next") String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return Response.seeOther(URI.create(next)).build();
    }

    @GET
    @Path("/moved")
    public Response moved(@QueryParam("next") String next) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return Response.status(302).location(URI.create(next)).build();
    }
}

class AccountController {
    @GetMapping("/account/done")
    ResponseEntity<Void> done(@RequestParam String returnUrl) {
        // ruleid: trace.java.open-redirect.tainted-redirect
        return ResponseEntity.status(302).location(URI.create(returnUrl)).build();
    }

    @GetMapping("/account/home")
    ResponseEntity<Void> home(@RequestParam String tab) {
        // ok: trace.java.open-redirect.tainted-redirect
        return ResponseEntity.status(302).location(URI.create("/account")).build();
    }
}

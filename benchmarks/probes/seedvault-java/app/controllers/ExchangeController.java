package controllers;

import com.auth0.jwt.interfaces.DecodedJWT;
import dto.ExchangeForm;
import models.ExchangeRequest;
import models.Member;
import play.data.Form;
import play.data.FormFactory;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.ExchangeService;

import javax.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

public class ExchangeController extends Controller {

    private final ExchangeService exchanges;
    private final AuthService auth;
    private final FormFactory forms;

    @Inject
    public ExchangeController(ExchangeService exchanges, AuthService auth, FormFactory forms) {
        this.exchanges = exchanges;
        this.auth = auth;
        this.forms = forms;
    }

    public Result list(Http.Request request) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty()) {
            return redirect(routes.AuthController.loginForm());
        }
        String garden = user.get().getClaim("garden").asString();
        String sort = request.queryString("sort").orElse("created");
        boolean desc = request.queryString("dir").map("desc"::equals).orElse(true);
        return ok(Json.toJson(exchanges.list(garden, sort, desc).stream().map(ExchangeService::cardModel).toArray()));
    }

    public Result create(Http.Request request) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty()) {
            return unauthorized();
        }
        Form<ExchangeForm> form = forms.form(ExchangeForm.class).bindFromRequest(request);
        if (form.hasErrors()) {
            return badRequest(form.errorsAsJson());
        }
        try {
            ExchangeRequest created = exchanges.create(form.get(), user.get().getSubject());
            return created(Json.toJson(Map.of("id", created.id, "status", created.status.name())));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    /** Approval button on the supplying garden's dashboard. */
    public Result approve(Http.Request request, Long id) {
        Optional<DecodedJWT> user = auth.currentUser(request);
        if (user.isEmpty() || !auth.hasRole(request, Member.Role.CURATOR, Member.Role.ADMIN)) {
            return forbidden();
        }
        ExchangeRequest approved;
        try {
            approved = exchanges.approve(id, user.get().getSubject());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return badRequest(e.getMessage());
        }
        if (approved.callbackUrl != null && !approved.callbackUrl.isBlank()) {
            return redirect(approved.callbackUrl); // VULN redirect
        }
        return redirect(routes.ExchangeController.list()).flashing("success", "Exchange approved");
    }

    public Result confirm(Http.Request request, Long id) {
        Optional<String> code = Optional.ofNullable(forms.form().bindFromRequest(request).get("code"));
        if (code.isEmpty()) {
            return badRequest("code required");
        }
        return exchanges.confirmReceipt(id, code.get().trim()) ? ok("received") : badRequest("code does not match");
    }

    public Result stats(Http.Request request) {
        String region = request.queryString("region").orElse("");
        if (region.isBlank()) {
            return badRequest("region required");
        }
        return ok(Json.toJson(exchanges.stats(region)));
    }

    public Result previewCatalog(Http.Request request) {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        String url = request.queryString("url").orElse("");
        try {
            return ok(Json.toJson(exchanges.previewPartnerCatalog(url)));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        } catch (IOException e) {
            return status(BAD_GATEWAY, "partner catalogue unavailable");
        }
    }

    /** HTML card embedded in both gardens' dashboards. */
    public Result card(Http.Request request, Long id) throws IOException {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        try {
            return ok(exchanges.card(id)).as(Http.MimeTypes.HTML);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
    }
}

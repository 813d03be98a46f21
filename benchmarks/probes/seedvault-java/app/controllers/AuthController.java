package controllers;

import play.data.DynamicForm;
import play.data.FormFactory;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import models.Member;
import services.AuthService;
import services.TemplateRenderer;
import services.TokenService;
import util.UrlPolicy;

import javax.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class AuthController extends Controller {

    private final AuthService auth;
    private final TemplateRenderer views;
    private final FormFactory forms;

    @Inject
    public AuthController(AuthService auth, TemplateRenderer views, FormFactory forms) {
        this.auth = auth;
        this.views = views;
        this.forms = forms;
    }

    public Result loginForm(Http.Request request) {
        Map<String, Object> params = new HashMap<>();
        params.put("returnTo", request.queryString("returnTo").orElse("/"));
        params.put("error", request.flash().get("error").orElse(null));
        return ok(views.page("login.jte", params)).as(Http.MimeTypes.HTML);
    }

    public Result login(Http.Request request) {
        DynamicForm form = forms.form().bindFromRequest(request);
        String username = form.get("username");
        String password = form.get("password");
        String returnTo = form.get("returnTo");
        if (username == null || password == null) {
            return badRequest("username and password required");
        }
        Optional<String> session = auth.login(username.trim(), password);
        if (session.isEmpty()) {
            return redirect(routes.AuthController.loginForm()).flashing("error", "Unknown user or wrong password");
        }
        String target = UrlPolicy.isLocalPath(returnTo) ? returnTo : "/";
        Http.Cookie cookie = Http.Cookie.builder(TokenService.SESSION_COOKIE, session.get())
                .withHttpOnly(true)
                .withSecure(true)
                .withSameSite(Http.Cookie.SameSite.LAX)
                .withMaxAge(Duration.ofHours(8))
                .build();
        return redirect(target).withCookies(cookie); // VULN redirect
    }

    public Result logout(Http.Request request) {
        String next = UrlPolicy.safeLocalPath(request.queryString("next").orElse(null), "/login");
        return redirect(next).discardingCookie(TokenService.SESSION_COOKIE); // SAFE redirect
    }

    public Result register(Http.Request request) {
        DynamicForm form = forms.form().bindFromRequest(request);
        try {
            Member member = auth.register(form.get("username"), form.get("email"), form.get("password"), form.get("garden"));
            return created(Json.toJson(Map.of("username", member.username)));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
    }

    public Result requestReset(Http.Request request) {
        String username = forms.form().bindFromRequest(request).get("username");
        if (username != null) {
            auth.startPasswordReset(username.trim());
        }
        return ok("If the account exists, a reset link has been sent.");
    }

    public Result completeReset(Http.Request request) {
        DynamicForm form = forms.form().bindFromRequest(request);
        String password = form.get("password");
        if (password == null || password.length() < 12) {
            return badRequest("password must be at least 12 characters");
        }
        return auth.completePasswordReset(form.get("token"), password) ? redirect(routes.AuthController.loginForm()) : badRequest("reset link expired");
    }

    public Result staffLookup(Http.Request request) {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        String uid = request.queryString("uid").orElse("");
        if (uid.isBlank()) {
            return badRequest("uid required");
        }
        return ok(Json.toJson(auth.lookupStaff(uid.trim())));
    }

    public Result staffByEmail(Http.Request request) {
        if (auth.currentUser(request).isEmpty()) {
            return unauthorized();
        }
        return request.queryString("email")
                .map(email -> ok(Json.toJson(auth.lookupStaffByEmail(email.trim()))))
                .orElseGet(() -> badRequest("email required"));
    }
}

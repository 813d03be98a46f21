package com.quarrystone.web.spark;

import com.quarrystone.service.AuthService;
import com.quarrystone.util.Html;
import java.util.Optional;
import java.util.Set;
import spark.Request;
import spark.Response;
import spark.Service;

/** Dispatcher console authentication and driver PIN issue. */
public class AuthRoutes {

    private final AuthService auth;

    public AuthRoutes(AuthService auth) {
        this.auth = auth;
    }

    public void register(Service http) {
        http.get("/auth/login", this::loginForm);
        http.post("/auth/login", this::login);
        http.get("/auth/sso/complete", this::ssoComplete);
        http.post("/auth/badge", this::badgeLogin);
        http.post("/auth/drivers/:reg/pin", this::driverPin);
        http.post("/auth/portal-users/:id/password", this::resetPortalPassword);
    }

    private Object loginForm(Request req, Response res) {
        String next = req.queryParams("next");
        if (next != null && !next.isBlank()) {
            req.session(true).attribute("after_login", next);
        }
        res.type("text/html;charset=UTF-8");
        return Html.page("Dispatch sign in",
                "<form method=\"post\" action=\"/auth/login\"><input name=\"username\" autocomplete=\"username\">"
                + "<input type=\"password\" name=\"password\"><button>Sign in</button></form>");
    }

    private Object login(Request req, Response res) throws Exception {
        Optional<String> dn = auth.operatorLogin(req.queryParams("username"), req.queryParams("password"));
        if (dn.isEmpty()) {
            res.redirect("/auth/login?error=1");
            return null;
        }
        req.session(true).attribute("operator", dn.get());
        req.session().attribute("roles", dn.get().contains("OU=Admins") ? Set.of("ADMIN", "DISPATCH") : Set.of("DISPATCH"));
        String after = req.session().attribute("after_login");
        req.session().removeAttribute("after_login");
        res.redirect(after != null ? after : "/dispatch/board/page"); // VULN redirect
        return null;
    }

    private Object ssoComplete(Request req, Response res) {
        String dest = req.queryParams("dest");
        String target;
        switch (dest == null ? "" : dest) {
            case "site":
                target = "/dispatch/site/" + req.session().attribute("site");
                break;
            case "admin":
                target = "/admin/backups";
                break;
            default:
                target = "/dispatch/board/page";
        }
        res.redirect(target); // SAFE redirect
        return null;
    }

    private Object badgeLogin(Request req, Response res) throws Exception {
        String badge = req.queryParams("badge");
        if (badge == null || badge.isBlank()) {
            http400(res);
            return "badge required";
        }
        Optional<String> dn = auth.operatorByBadge(badge.trim());
        if (dn.isEmpty()) {
            res.status(401);
            return "unknown badge";
        }
        req.session(true).attribute("operator", dn.get());
        req.session().attribute("roles", Set.of("WEIGHBRIDGE"));
        return "ok";
    }

    private Object driverPin(Request req, Response res) throws Exception {
        String reg = req.params(":reg").toUpperCase().replaceAll("\\s+", "");
        String pin = auth.issueDriverPin(reg);
        res.type("application/json");
        return "{\"truck\":\"" + reg.replaceAll("[^A-Z0-9]", "") + "\",\"pin\":\"" + pin + "\"}";
    }

    private Object resetPortalPassword(Request req, Response res) throws Exception {
        long userId = Long.parseLong(req.params(":id"));
        String password = req.queryParams("password");
        if (password == null || password.length() < 10) {
            res.status(400);
            return "password too short";
        }
        if ("sage".equals(req.queryParams("scheme"))) {
            auth.setSagePassword(userId, password);
        } else {
            auth.setPortalPassword(userId, password);
        }
        res.status(204);
        return "";
    }

    private static void http400(Response res) {
        res.status(400);
    }
}

package com.quarrystone.web.ratpack;

import com.quarrystone.service.AuthService;
import com.quarrystone.util.Html;
import com.quarrystone.util.RedirectPolicy;
import io.netty.handler.codec.http.cookie.Cookie;
import java.util.Optional;
import ratpack.exec.Blocking;
import ratpack.form.Form;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;

/** Office login/logout. Operators authenticate against Active Directory. */
public class LoginHandlers implements Action<Chain> {

    private final AuthService auth;

    public LoginHandlers(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void execute(Chain chain) {
        chain.get("login", this::form)
             .post("login", this::login)
             .get("logout", this::logout);
    }

    private void form(Context ctx) {
        String returnTo = Optional.ofNullable(ctx.getRequest().getQueryParams().get("returnTo")).orElse("/tickets");
        String html = "<form method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"returnTo\" value=\"" + Html.escape(returnTo) + "\">"
                + "<label>User <input name=\"username\"></label>"
                + "<label>Password <input type=\"password\" name=\"password\"></label>"
                + "<button>Sign in</button></form>";
        ctx.getResponse().send("text/html;charset=UTF-8", Html.page("Sign in", html));
    }

    private void login(Context ctx) {
        ctx.parse(Form.class).then(form -> {
            String username = form.get("username");
            String password = form.get("password");
            String returnTo = form.get("returnTo");
            Blocking.get(() -> auth.operatorLogin(username, password)).then(dn -> {
                if (dn.isEmpty()) {
                    ctx.redirect("/login?error=1");
                    return;
                }
                Cookie cookie = ctx.getResponse().cookie("qs_office", dn.get().hashCode() + "." + System.nanoTime());
                cookie.setHttpOnly(true);
                cookie.setSecure(true);
                if (RedirectPolicy.isInternalPath(returnTo)) {
                    ctx.redirect(returnTo); // VULN redirect
                } else {
                    ctx.redirect("/tickets");
                }
            });
        });
    }

    private void logout(Context ctx) {
        String next = ctx.getRequest().getQueryParams().get("next");
        ctx.getResponse().expireCookie("qs_office");
        if (RedirectPolicy.isSafeRelative(next)) {
            ctx.redirect(next); // SAFE redirect
        } else {
            ctx.redirect("/login");
        }
    }
}

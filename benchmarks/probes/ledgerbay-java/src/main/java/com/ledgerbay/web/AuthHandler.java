package com.ledgerbay.web;

import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.security.UrlPolicies;
import com.ledgerbay.service.BrokerAccountService;
import com.ledgerbay.service.BrokerDirectoryService;
import com.ledgerbay.service.BrokerDirectoryService.DirectoryEntry;
import io.helidon.common.parameters.Parameters;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import javax.naming.NamingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * /portal/auth — form login for the broker portal, logout, password reset and self-registration.
 */
public class AuthHandler implements HttpService {

    private final BrokerAccountService accounts;
    private final BrokerDirectoryService directory;

    public AuthHandler(BrokerAccountService accounts, BrokerDirectoryService directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
             .get("/logout", this::logout)
             .post("/reset/start", this::startReset)
             .post("/reset/complete", this::completeReset)
             .post("/register", this::register);
    }

    private void login(ServerRequest req, ServerResponse res) {
        Parameters form = req.content().as(Parameters.class);
        String username = form.first("username").orElse("");
        char[] password = form.first("password").orElse("").toCharArray();
        String returnTo = form.first("returnTo").orElse(UrlPolicies.DEFAULT_LANDING);

        Optional<String> session = accounts.login(username, password);
        if (session.isEmpty()) {
            res.status(Status.SEE_OTHER_303);
            res.header(HeaderNames.LOCATION, "/portal/login?error=1");
            res.send();
            return;
        }
        res.headers().addCookie(SetCookie.builder(PortalAuth.COOKIE, session.get())
                .path("/")
                .httpOnly(true)
                .secure(true)
                .sameSite(SetCookie.SameSite.LAX)
                .maxAge(Duration.ofHours(8))
                .build());
        String target = UrlPolicies.isLocal(returnTo) ? returnTo : UrlPolicies.DEFAULT_LANDING;
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, target); // VULN redirect
        res.send();
    }

    private void logout(ServerRequest req, ServerResponse res) {
        String next = req.query().first("next").orElse(null);
        res.headers().addCookie(SetCookie.builder(PortalAuth.COOKIE, "").path("/").maxAge(Duration.ZERO).build());
        res.status(Status.SEE_OTHER_303);
        res.header(HeaderNames.LOCATION, UrlPolicies.localPathOrDefault(next)); // SAFE redirect
        res.send();
    }

    private void startReset(ServerRequest req, ServerResponse res) {
        Parameters form = req.content().as(Parameters.class);
        accounts.startPasswordReset(form.first("username").orElse(""));
        res.status(Status.ACCEPTED_202).send("If the account exists, a code has been sent.");
    }

    private void completeReset(ServerRequest req, ServerResponse res) {
        Parameters form = req.content().as(Parameters.class);
        String username = form.first("username").orElse("");
        String code = form.first("code").orElse("");
        String newPassword = form.first("newPassword").orElse("");
        if (newPassword.length() < 12) {
            res.status(Status.BAD_REQUEST_400).send("Password must be at least 12 characters.");
            return;
        }
        boolean ok = accounts.completePasswordReset(username, code, newPassword);
        res.status(ok ? Status.NO_CONTENT_204 : Status.BAD_REQUEST_400).send();
    }

    private void register(ServerRequest req, ServerResponse res) throws NamingException {
        Parameters form = req.content().as(Parameters.class);
        String email = form.first("email").orElse("");
        List<DirectoryEntry> matches = directory.findByEmail(email);
        if (matches.size() != 1) {
            res.status(Status.BAD_REQUEST_400).send("No licensed broker is registered with that e-mail address.");
            return;
        }
        DirectoryEntry entry = matches.get(0);
        BrokerAccount account = accounts.register(form.first("username").orElse(""), entry.email(),
                entry.licenseNumber(), form.first("password").orElse("").toCharArray());
        res.status(Status.CREATED_201).send(String.valueOf(account.getId()));
    }
}

package com.quarrystone.web.vertx;

import com.quarrystone.domain.UserAccount;
import com.quarrystone.service.AuthService;
import com.quarrystone.service.DocumentStore;
import com.quarrystone.service.TokenService;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Optional;

/** Vert.x HTTP server for the customer portal and the driver tablet API. */
public class PortalVerticle extends AbstractVerticle {

    static final String PRINCIPAL = "portal.principal";
    static final String TRUCK = "driver.truck";

    private final int port;
    private final PortalCors cors;
    private final TokenService tokens;
    private final AuthService auth;
    private final DocumentStore documents;
    private final PortalAccountHandlers account;
    private final PortalDataHandlers data;

    public PortalVerticle(int port, PortalCors cors, TokenService tokens, AuthService auth, DocumentStore documents,
                          PortalAccountHandlers account, PortalDataHandlers data) {
        this.port = port;
        this.cors = cors;
        this.tokens = tokens;
        this.auth = auth;
        this.documents = documents;
        this.account = account;
        this.data = data;
    }

    @Override
    public void start(Promise<Void> startPromise) {
        Router router = Router.router(vertx);
        router.route("/portal/*").handler(cors::portal);
        router.route("/driver/*").handler(cors::driver);
        router.route().handler(BodyHandler.create().setBodyLimit(8L * 1024 * 1024));

        router.post("/portal/login").handler(this::login);
        router.route("/portal/*").handler(this::requirePortalUser);
        router.route("/driver/*").handler(this::requireDriver);

        account.mount(router);
        data.mount(router);

        router.get("/driver/me").handler(ctx -> ctx.json(new JsonObject().put("truck", (String) ctx.get(TRUCK))));
        router.post("/driver/tickets/:ticketNo/photos").handler(this::uploadPhoto);

        vertx.createHttpServer()
                .requestHandler(router)
                .listen(port)
                .onSuccess(server -> startPromise.complete())
                .onFailure(startPromise::fail);
    }

    private void login(RoutingContext ctx) {
        JsonObject body = ctx.body().asJsonObject();
        String username = body == null ? null : body.getString("username");
        String password = body == null ? null : body.getString("password");
        if (username == null || password == null) {
            ctx.fail(400);
            return;
        }
        ctx.vertx().executeBlocking(() -> auth.portalLogin(username, password))
                .onSuccess(found -> {
                    Optional<UserAccount> user = found;
                    if (user.isEmpty() || user.get().getCustomerId() == null) {
                        ctx.response().setStatusCode(401).end();
                        return;
                    }
                    UserAccount u = user.get();
                    ctx.json(new JsonObject().put("token", tokens.issuePortalToken(u.getId(), u.getCustomerId(), u.getUsername())));
                })
                .onFailure(ctx::fail);
    }

    private void requirePortalUser(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        try {
            ctx.put(PRINCIPAL, tokens.portalPrincipal(header.substring(7)));
            ctx.next();
        } catch (RuntimeException e) {
            ctx.response().setStatusCode(401).end();
        }
    }

    private void requireDriver(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.response().setStatusCode(401).end();
            return;
        }
        try {
            ctx.put(TRUCK, tokens.verifyDriverToken(header.substring(7)));
            ctx.next();
        } catch (RuntimeException e) {
            ctx.response().setStatusCode(401).end();
        }
    }

    private void uploadPhoto(RoutingContext ctx) {
        String ticketNo = ctx.pathParam("ticketNo");
        byte[] jpeg = ctx.body().buffer().getBytes();
        ctx.vertx().executeBlocking(() -> documents.storePhoto(ticketNo, jpeg))
                .onSuccess(name -> ctx.response().setStatusCode(201).putHeader("Location", "/driver/tickets/" + ticketNo + "/photos/" + name).end())
                .onFailure(ctx::fail);
    }
}

package com.lockgate.web.api;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.lockgate.config.AppConfig;
import com.lockgate.messaging.LockCommandConsumer;
import com.lockgate.messaging.PassageEventConsumer;
import com.lockgate.security.TokenService;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;
import java.util.Set;

/**
 * JSON/HTML API used by the skipper app, keeper tablets and partner marinas. Runs beside
 * the Struts web front end and also hosts the queue consumers.
 */
public final class LockgateApiServer {

    public static final String PASSAGE_QUEUE_V1 = "lockgate.passages.v1";
    public static final String PASSAGE_QUEUE_V2 = "lockgate.passages.v2";
    public static final String COMMAND_QUEUE = "lockgate.gate-commands";

    private static final Set<String> SITE_ORIGINS = Set.of(
            "https://www.lockgate.org.uk",
            "https://bookings.lockgate.org.uk",
            "https://keeper.lockgate.org.uk");

    private LockgateApiServer() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = AppConfig.get();
        TokenService tokens = new TokenService(config);

        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.rabbitHost());
        factory.setUsername(config.require("rabbit.user"));
        factory.setPassword(config.require("rabbit.password"));
        factory.setAutomaticRecoveryEnabled(true);
        Connection rabbit = factory.newConnection("lockgate-api");

        Channel publish = rabbit.createChannel();
        publish.queueDeclare(COMMAND_QUEUE, true, false, false, null);

        Channel passages = rabbit.createChannel();
        passages.basicQos(20);
        passages.queueDeclare(PASSAGE_QUEUE_V1, true, false, false, null);
        passages.queueDeclare(PASSAGE_QUEUE_V2, true, false, false, null);
        passages.basicConsume(PASSAGE_QUEUE_V1, false, new PassageEventConsumer(passages, false));
        passages.basicConsume(PASSAGE_QUEUE_V2, false, new PassageEventConsumer(passages, true));

        Channel commands = rabbit.createChannel();
        commands.basicQos(1);
        commands.basicConsume(COMMAND_QUEUE, false, new LockCommandConsumer(commands));

        HttpRouting.Builder routing = HttpRouting.builder()
                .addFilter(LockgateApiServer::cors)
                .get("/health", (req, res) -> res.send("ok"))
                .register("/api/boats", new BoatApiService(tokens))
                .register("/api/moorings", new MooringApiService(tokens))
                .register("/api/keeper", new KeeperApiService(tokens, publish))
                .register("/api/partner", new PartnerApiService(tokens));

        WebServer server = WebServer.builder()
                .port(config.intValue("api.port", 8081))
                .routing(routing)
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                rabbit.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }));
    }

    static void cors(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        String path = req.path().path();
        if (origin.isPresent()) {
            if (path.startsWith("/api/partner/")) {
                // partner dashboards are embedded on marina and hire-fleet sites we do not list
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get()); // VULN cors
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                res.header(HeaderNames.VARY, "Origin");
            } else if (SITE_ORIGINS.contains(origin.get())) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get()); // SAFE cors
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
                res.header(HeaderNames.VARY, "Origin");
            }
        }
        chain.proceed();
    }

    /** Bearer header from the apps, or the session cookie set by the web front end. */
    static Optional<String> bearer(ServerRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim());
        if (header.isPresent()) {
            return header;
        }
        return req.headers().cookies().first("lockgate_token").asOptional();
    }

    static Optional<DecodedJWT> skipper(ServerRequest req, ServerResponse res, TokenService tokens) {
        Optional<DecodedJWT> jwt = bearer(req).flatMap(tokens::verify);
        if (jwt.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send("sign in required");
        }
        return jwt;
    }

    static long idParam(ServerRequest req, String name) {
        return Long.parseLong(req.path().pathParameters().get(name));
    }
}

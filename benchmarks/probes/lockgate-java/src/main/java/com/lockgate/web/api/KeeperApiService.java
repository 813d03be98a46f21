package com.lockgate.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockgate.client.GaugeClient;
import com.lockgate.model.Skipper;
import com.lockgate.repository.SkipperRepository;
import com.lockgate.security.PasswordHasher;
import com.lockgate.security.TokenService;
import com.lockgate.security.TokenService.KeeperPrincipal;
import com.lockgate.service.LockControlService;
import com.lockgate.service.LockControlService.LockCommand;
import com.lockgate.service.ScheduleService;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Endpoints for the keeper tablets: gate commands, water levels, schedules.
 */
public class KeeperApiService implements HttpService {

    private final TokenService tokens;
    private final Channel commandChannel;
    private final LockControlService lockControl = new LockControlService();
    private final GaugeClient gauges = new GaugeClient();
    private final SkipperRepository staff = new SkipperRepository();
    private final ObjectMapper json = new ObjectMapper();

    public KeeperApiService(TokenService tokens, Channel commandChannel) {
        this.tokens = tokens;
        this.commandChannel = commandChannel;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/gates/{gate}/command", this::command)
                .post("/gates/{gate}/reset", this::reset)
                .put("/pin", this::setPin)
                .get("/gauges/stations/{stationId}", this::station)
                .get("/gauges/feed", this::feed)
                .get("/gauges/logger", this::logger)
                .get("/locks/{code}/windows", this::windows)
                .post("/schedules/authority", this::authoritySchedule);
    }

    private Optional<KeeperPrincipal> keeper(ServerRequest req, ServerResponse res) {
        Optional<KeeperPrincipal> principal = LockgateApiServer.bearer(req).flatMap(tokens::keeperFromToken);
        if (principal.isEmpty() || !principal.get().canOperateGates()) {
            res.status(Status.UNAUTHORIZED_401).send("keeper sign-in required");
            return Optional.empty();
        }
        return principal;
    }

    private void command(ServerRequest req, ServerResponse res) throws IOException {
        Optional<KeeperPrincipal> keeper = keeper(req, res);
        if (keeper.isEmpty()) {
            return;
        }
        JsonNode body = json.readTree(req.content().as(String.class));
        String gate = req.path().pathParameters().get("gate");
        String callback = body.hasNonNull("statusCallback") ? body.get("statusCallback").asText() : null;
        LockCommand cmd = new LockCommand(gate, body.path("action").asText(), keeper.get().keeperId(), callback);
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .correlationId(UUID.randomUUID().toString())
                .build();
        commandChannel.basicPublish("", LockgateApiServer.COMMAND_QUEUE, props, json.writeValueAsBytes(cmd));
        res.status(Status.ACCEPTED_202).send("{\"queued\":true,\"id\":\"" + props.getCorrelationId() + "\"}");
    }

    private void reset(ServerRequest req, ServerResponse res) throws Exception {
        if (keeper(req, res).isEmpty()) {
            return;
        }
        LockControlService.Outcome outcome = lockControl.resetController(req.path().pathParameters().get("gate"));
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.status(outcome.ok() ? Status.OK_200 : Status.BAD_GATEWAY_502).send(json.writeValueAsString(outcome));
    }

    private void setPin(ServerRequest req, ServerResponse res) throws IOException {
        Optional<KeeperPrincipal> keeper = keeper(req, res);
        if (keeper.isEmpty()) {
            return;
        }
        String pin = json.readTree(req.content().as(String.class)).path("pin").asText();
        if (!pin.matches("^\\d{6}$")) {
            res.status(Status.BAD_REQUEST_400).send("PIN must be six digits");
            return;
        }
        Optional<Skipper> account = staff.findByEmail(keeper.get().keeperId());
        if (account.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        staff.updatePasswordHash(account.get().getId(), "pin$" + PasswordHasher.pinDigest(pin));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void station(ServerRequest req, ServerResponse res) throws IOException {
        if (keeper(req, res).isEmpty()) {
            return;
        }
        int stationId = Integer.parseInt(req.path().pathParameters().get("stationId"));
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(gauges.latestForStation(stationId).toString());
    }

    private void feed(ServerRequest req, ServerResponse res) throws IOException {
        if (keeper(req, res).isEmpty()) {
            return;
        }
        String url = req.query().first("url").orElse("");
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(gauges.readFeed(url).toString());
    }

    private void logger(ServerRequest req, ServerResponse res) throws IOException {
        if (keeper(req, res).isEmpty()) {
            return;
        }
        String url = req.query().first("url").orElse("");
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(gauges.readOwnLogger(url).toString());
    }

    private void windows(ServerRequest req, ServerResponse res) throws Exception {
        String code = req.path().pathParameters().get("code");
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(json.writeValueAsString(ScheduleService.get().windowsForLockCode(code)));
    }

    private void authoritySchedule(ServerRequest req, ServerResponse res) throws IOException {
        if (keeper(req, res).isEmpty()) {
            return;
        }
        int locks = ScheduleService.get().importAuthorityFeed(req.content().inputStream());
        res.send("{\"locks\":" + locks + "}");
    }
}

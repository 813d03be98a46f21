package com.ledgerbay.web;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.WebhookSubscription;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.service.BrokerAccountService;
import com.ledgerbay.service.NotificationService;
import com.ledgerbay.service.WebhookService;
import com.ledgerbay.xml.ManifestXmlParser.CustomsManifest;
import com.ledgerbay.xml.ManifestXmlParser;
import com.ledgerbay.xml.ManifestXmlParser.ArrivalEvent;
import com.auth0.jwt.exceptions.JWTVerificationException;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Broker integrations (/portal/integrations) and carrier/partner push endpoints (/api/partner).
 */
public class IntegrationHandler implements HttpService {

    private static final Logger LOG = Logger.getLogger(IntegrationHandler.class.getName());

    private final WebhookService webhooks;
    private final NotificationService notifications;
    private final BrokerAccountService accounts;
    private final ManifestXmlParser xml;
    private final JwtService jwt;

    public IntegrationHandler(ServiceRegistry services) {
        this.webhooks = services.webhooks;
        this.notifications = services.notifications;
        this.accounts = services.accounts;
        this.xml = services.manifestParser;
        this.jwt = services.jwt;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/portal/integrations/webhooks", this::registerWebhook)
             .delete("/portal/integrations/webhooks/{id}", this::deleteWebhook)
             .put("/portal/integrations/notification-template", this::saveTemplate)
             .post("/portal/integrations/api-key", this::rotateKey)
             .post("/api/partner/v1/arrivals", this::arrivals)
             .post("/api/partner/v2/manifests", this::manifest);
    }

    private void registerWebhook(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        JsonObject body = req.content().as(JsonObject.class);
        try {
            WebhookSubscription sub = webhooks.register(broker.get(), body.getString("event"), body.getString("url"));
            res.status(Status.CREATED_201).send(Json.createObjectBuilder()
                    .add("id", sub.getId())
                    .add("signingSecret", sub.getSigningSecret())
                    .build().toString());
        } catch (IllegalArgumentException e) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error(e.getMessage()));
        }
    }

    private void deleteWebhook(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        webhooks.unregister(broker.get(), Long.parseLong(req.path().pathParameters().get("id")));
        res.status(Status.NO_CONTENT_204).send();
    }

    /**
     * Brokers can reword the status e-mail their importers receive (Velocity syntax, e.g. $filing.entryNumber).
     */
    private void saveTemplate(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        JsonObject body = req.content().as(JsonObject.class);
        String subject = body.getString("subject", "Entry status update");
        String template = body.getString("body");
        if (template.length() > 16000) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error("template too long"));
            return;
        }
        notifications.saveBrokerTemplate(broker.get(), subject, template);
        res.status(Status.NO_CONTENT_204).send();
    }

    private void rotateKey(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        String key = accounts.rotateApiKey(broker.get());
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(Json.createObjectBuilder().add("apiKey", key).build().toString());
    }

    /**
     * v1 carrier callback: in-bond movement and arrival notices.
     */
    private void arrivals(ServerRequest req, ServerResponse res) throws Exception {
        String bearer = req.headers().first(HeaderNames.AUTHORIZATION).orElse("").replaceFirst("^Bearer ", "");
        String partnerId;
        try {
            partnerId = jwt.partnerIdFromCallback(bearer);
        } catch (RuntimeException e) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        try (InputStream body = req.content().inputStream()) {
            List<ArrivalEvent> events = xml.readArrivalEvents(body);
            LOG.info(() -> "partner " + partnerId + " pushed " + events.size() + " arrival events");
            res.status(Status.ACCEPTED_202).send(Json.createObjectBuilder().add("accepted", events.size()).build().toString());
        }
    }

    /**
     * v2 gateway: full cargo manifests.
     */
    private void manifest(ServerRequest req, ServerResponse res) throws Exception {
        String bearer = req.headers().first(HeaderNames.AUTHORIZATION).orElse("").replaceFirst("^Bearer ", "");
        String partnerId;
        try {
            partnerId = jwt.partnerIdFromGateway(bearer);
        } catch (JWTVerificationException e) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        try (InputStream body = req.content().inputStream()) {
            CustomsManifest manifest = xml.bindManifest(body);
            LOG.info(() -> "partner " + partnerId + " sent manifest " + manifest.voyageNumber + " with " + manifest.bills.size() + " bills");
            res.status(Status.ACCEPTED_202).send(Json.createObjectBuilder()
                    .add("voyage", manifest.voyageNumber == null ? "" : manifest.voyageNumber)
                    .add("bills", manifest.bills.size())
                    .build().toString());
        }
    }
}

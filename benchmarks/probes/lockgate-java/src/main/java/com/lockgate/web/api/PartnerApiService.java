package com.lockgate.web.api;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lockgate.client.PaymentGatewayClient;
import com.lockgate.config.AppConfig;
import com.lockgate.model.Booking;
import com.lockgate.model.WebhookSubscription;
import com.lockgate.repository.WebhookRepository;
import com.lockgate.security.ConfirmationCodes;
import com.lockgate.security.TokenService;
import com.lockgate.service.BookingService;
import com.lockgate.util.LockCodes;
import com.lockgate.util.UrlGuard;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Marina and hire-fleet partners: passage notifications and paying tolls on behalf of
 * their customers through the hosted checkout.
 */
public class PartnerApiService implements HttpService {

    private final TokenService tokens;
    private final WebhookRepository webhooks = new WebhookRepository();
    private final BookingService bookings = new BookingService();
    private final PaymentGatewayClient payments = new PaymentGatewayClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String publicBase = AppConfig.get().publicBaseUrl();

    public PartnerApiService(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/webhooks", this::subscribe)
                .delete("/webhooks/{id}", this::unsubscribe)
                .post("/payments/checkout", this::checkout)
                .get("/payments/return", this::paymentReturn)
                .get("/payments/cancel", this::paymentCancel);
    }

    private void subscribe(ServerRequest req, ServerResponse res) throws IOException {
        Optional<DecodedJWT> partner = LockgateApiServer.skipper(req, res, tokens);
        if (partner.isEmpty()) {
            return;
        }
        JsonNode body = json.readTree(req.content().as(String.class));
        String lockCode = body.path("lockCode").asText("*");
        if (!"*".equals(lockCode) && !LockCodes.isLockCode(lockCode)) {
            res.status(Status.BAD_REQUEST_400).send("unknown lock");
            return;
        }
        String callbackUrl = body.path("callbackUrl").asText();
        if (!callbackUrl.startsWith("http://") && !callbackUrl.startsWith("https://")) {
            res.status(Status.BAD_REQUEST_400).send("callbackUrl must be an http(s) URL");
            return;
        }
        WebhookSubscription sub = new WebhookSubscription();
        sub.setPartnerName(body.path("partnerName").asText(partner.get().getSubject()));
        sub.setLockCode(lockCode);
        sub.setCallbackUrl(callbackUrl);
        sub.setSharedSecret(ConfirmationCodes.webhookSecret());
        long id = webhooks.save(sub);

        ObjectNode out = json.createObjectNode();
        out.put("id", id);
        out.put("secret", sub.getSharedSecret());
        res.status(Status.CREATED_201);
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(json.writeValueAsString(out));
    }

    private void unsubscribe(ServerRequest req, ServerResponse res) {
        if (LockgateApiServer.skipper(req, res, tokens).isEmpty()) {
            return;
        }
        webhooks.deactivate(LockgateApiServer.idParam(req, "id"));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void checkout(ServerRequest req, ServerResponse res) throws IOException {
        JsonNode body = json.readTree(req.content().as(String.class));
        Optional<Booking> booking = bookings.findByConfirmation(body.path("ref").asText());
        if (booking.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        Booking b = booking.get();
        PaymentGatewayClient.Checkout c = payments.createCheckout(
                b.getConfirmationCode(),
                b.getTollPence(),
                "Lock passage " + b.getLockCode() + " " + b.getSlotStart(),
                publicBase + "/api/partner/payments/return?outcome=booking");
        ObjectNode out = json.createObjectNode();
        out.put("checkoutId", c.id());
        out.put("redirectUrl", c.redirectUrl());
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(json.writeValueAsString(out));
    }

    private void paymentReturn(ServerRequest req, ServerResponse res) {
        String outcome = req.query().first("outcome").orElse("booking");
        String target = UrlGuard.paymentReturn(outcome);
        res.status(Status.FOUND_302);
        res.header(HeaderNames.LOCATION, target); // VULN redirect
        res.send();
    }

    private void paymentCancel(ServerRequest req, ServerResponse res) {
        String outcome = req.query().first("outcome").orElse("booking");
        String target = UrlGuard.paymentCancel(outcome);
        res.status(Status.FOUND_302);
        res.header(HeaderNames.LOCATION, target); // SAFE redirect
        res.send();
    }
}

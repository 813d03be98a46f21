package com.ledgerbay.web;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.SupportingDocument;
import com.ledgerbay.dto.FilingRequest;
import com.ledgerbay.dto.FilingSearchCriteria;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.service.DocumentService;
import com.ledgerbay.service.FilingService;
import com.ledgerbay.service.NotificationService;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * /portal/filings — entry drafts, search, receipts.
 */
public class FilingHandler implements HttpService {

    private final FilingService filings;
    private final DocumentService documents;
    private final NotificationService rendering;
    private final JwtService jwt;

    public FilingHandler(ServiceRegistry services) {
        this.filings = services.filings;
        this.documents = services.documents;
        this.rendering = services.notifications;
        this.jwt = services.jwt;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::create)
             .get("/search", this::search)
             .get("/{id}/receipt", this::receipt)
             .get("/{id}/card", this::card)
             .post("/{id}/submit", this::submit)
             .post("/{id}/attachments/remote", this::attachRemote);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        JsonObject body = req.content().as(JsonObject.class);
        List<FilingRequest.Line> lines = new ArrayList<>();
        JsonArray jsonLines = body.getJsonArray("lines");
        if (jsonLines != null) {
            for (JsonValue value : jsonLines) {
                JsonObject l = value.asJsonObject();
                lines.add(new FilingRequest.Line(l.getString("htsCode"), l.getString("countryOfOrigin"),
                        l.getJsonNumber("quantity").bigDecimalValue(), l.getString("unitOfMeasure", "PCS"),
                        l.getJsonNumber("enteredValue").bigDecimalValue()));
            }
        }
        FilingRequest request = new FilingRequest(
                body.getString("entryNumber", null),
                body.getString("brokerReference", null),
                body.getString("portCode", null),
                body.getString("iorNumber", null),
                body.getString("importerNotes", null),
                body.getString("valuationAdjustment", null),
                body.getString("specialProgram", null),
                lines);
        try {
            Filing filing = filings.createDraft(request, broker.get());
            res.status(Status.CREATED_201).send(toJson(filing));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            res.status(Status.BAD_REQUEST_400).send(error(e.getMessage()));
        }
    }

    private void search(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        String q = req.query().first("q").orElse("");
        LocalDate after = req.query().first("after").map(LocalDate::parse).orElse(null);
        int limit = req.query().first("limit").map(Integer::parseInt).orElse(50);
        int offset = req.query().first("offset").map(Integer::parseInt).orElse(0);
        FilingSearchCriteria criteria = new FilingSearchCriteria(broker.get(), q, null, null, after, limit, offset);
        JsonArrayBuilder out = Json.createArrayBuilder();
        filings.search(criteria).forEach(f -> out.add(summary(f)));
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(out.build().toString());
    }

    private void receipt(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Filing filing = filings.requireOwned(UUID.fromString(req.path().pathParameters().get("id")), broker.get());
        res.headers().contentType(MediaTypes.TEXT_HTML);
        res.send(rendering.renderReceipt(filing));
    }

    /**
     * Small HTML fragment used by the dashboard's hover card.
     */
    private void card(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Filing filing = filings.requireOwned(UUID.fromString(req.path().pathParameters().get("id")), broker.get());
        String reference = filing.getBrokerReference() == null ? "" : filing.getBrokerReference();
        res.headers().contentType(MediaTypes.TEXT_HTML);
        res.send("<div class=\"lb-card\"><h4>" + Encode.forHtml(reference) + "</h4><p>" + filing.getEntryNumber() + " &middot; " + filing.getStatus() + "</p></div>"); // SAFE xss
    }

    private void submit(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Filing filing = filings.submit(UUID.fromString(req.path().pathParameters().get("id")), broker.get());
        res.send(toJson(filing));
    }

    private void attachRemote(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        Filing filing = filings.requireOwned(UUID.fromString(req.path().pathParameters().get("id")), broker.get());
        JsonObject body = req.content().as(JsonObject.class);
        try {
            SupportingDocument doc = documents.attachFromUrl(filing.getId(), body.getString("kind", "OTHER"),
                    body.getString("url"), broker.get());
            res.status(Status.CREATED_201).send(Json.createObjectBuilder()
                    .add("documentId", doc.getId().toString())
                    .add("size", doc.getSizeBytes())
                    .build().toString());
        } catch (IOException e) {
            res.status(Status.BAD_GATEWAY_502).send(error(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            res.status(Status.SERVICE_UNAVAILABLE_503).send();
        }
    }

    private static JsonObject summary(Filing f) {
        return Json.createObjectBuilder()
                .add("id", f.getId().toString())
                .add("entryNumber", f.getEntryNumber())
                .add("brokerReference", f.getBrokerReference() == null ? "" : f.getBrokerReference())
                .add("status", f.getStatus().name())
                .add("dutyAmount", money(f.getDutyAmount()))
                .build();
    }

    private static String toJson(Filing f) {
        return summary(f).toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "0.00" : value.toPlainString();
    }

    static String error(String message) {
        return Json.createObjectBuilder().add("error", message == null ? "error" : message).build().toString();
    }
}

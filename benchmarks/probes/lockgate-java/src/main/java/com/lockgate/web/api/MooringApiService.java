package com.lockgate.web.api;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockgate.model.Mooring;
import com.lockgate.security.TokenService;
import com.lockgate.service.MooringService;
import com.lockgate.service.ViewRenderer;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Moorings API: vacancy search for skippers, registration and document handling for
 * marina operators, and an embeddable berth widget for operators' own websites.
 */
public class MooringApiService implements HttpService {

    private final TokenService tokens;
    private final MooringService moorings = new MooringService();
    private final ObjectMapper json = new ObjectMapper();

    public MooringApiService(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::vacancies)
                .post("/", this::register)
                .get("/{id}/widget", this::widget)
                .get("/{id}/badge", this::badge)
                .get("/{id}/document", this::document)
                .delete("/{id}/document", this::deleteDocument)
                .get("/{id}/plan", this::plan)
                .post("/{id}/plans", this::uploadPlans)
                .post("/{id}/plans/authority", this::uploadAuthorityBundle);
    }

    private void vacancies(ServerRequest req, ServerResponse res) throws IOException {
        String basin = req.query().first("basin").orElse("");
        double minLength = req.query().first("minLength").map(Double::parseDouble).orElse(0.0);
        String sort = req.query().first("sort").orElse("price");
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(json.writeValueAsString(moorings.vacancies(basin, minLength, sort)));
    }

    private void register(ServerRequest req, ServerResponse res) throws IOException {
        Optional<DecodedJWT> who = LockgateApiServer.skipper(req, res, tokens);
        if (who.isEmpty()) {
            return;
        }
        Mooring m = json.readValue(req.content().as(String.class), Mooring.class);
        m.setOccupantBoatId(null);
        long id = moorings.register(m);
        res.status(Status.CREATED_201).send("{\"id\":" + id + "}");
    }

    /** Full berth card with a link to the operator's own site. */
    private void widget(ServerRequest req, ServerResponse res) {
        Optional<Mooring> found = moorings.find(LockgateApiServer.idParam(req, "id"));
        if (found.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        Mooring m = found.get();
        String card = "<div class=\"lg-berth\">"
                + "<h3>" + ViewRenderer.escapeHtml(m.getOperatorName()) + "</h3>"
                + "<p>Berth " + ViewRenderer.escapeHtml(m.getBerthRef()) + ", up to " + m.getMaxLengthMetres() + " m</p>"
                + "<a class=\"lg-book\" href=\"" + ViewRenderer.escapeHtml(m.getWebsite()) + "\">Book with the marina</a>"
                + "</div>";
        res.headers().contentType(MediaTypes.TEXT_HTML);
        res.send(card); // VULN xss
    }

    /** Compact text-only badge. */
    private void badge(ServerRequest req, ServerResponse res) {
        Optional<Mooring> found = moorings.find(LockgateApiServer.idParam(req, "id"));
        if (found.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        Mooring m = found.get();
        String label = ViewRenderer.escapeHtml(m.getBasin()) + " &middot; " + ViewRenderer.escapeHtml(m.getBerthRef());
        res.headers().contentType(MediaTypes.TEXT_HTML);
        res.send("<span class=\"lg-badge\">" + label + (m.isVacant() ? " (vacant)" : "") + "</span>"); // SAFE xss
    }

    private void document(ServerRequest req, ServerResponse res) throws IOException {
        long id = LockgateApiServer.idParam(req, "id");
        String name = req.query().first("name").orElse("");
        res.headers().contentType(MediaTypes.APPLICATION_OCTET_STREAM);
        try (InputStream in = moorings.openDocument(id, name); OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }

    private void deleteDocument(ServerRequest req, ServerResponse res) throws IOException {
        if (LockgateApiServer.skipper(req, res, tokens).isEmpty()) {
            return;
        }
        long id = LockgateApiServer.idParam(req, "id");
        String name = req.query().first("name").orElse("");
        boolean deleted = moorings.deleteDocument(id, name);
        res.status(deleted ? Status.NO_CONTENT_204 : Status.NOT_FOUND_404).send();
    }

    private void plan(ServerRequest req, ServerResponse res) throws IOException {
        long id = LockgateApiServer.idParam(req, "id");
        String file = req.query().first("file").orElse("index.pdf");
        res.headers().contentType(MediaTypes.APPLICATION_OCTET_STREAM);
        try (InputStream in = moorings.openPlan(id, file); OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }

    private void uploadPlans(ServerRequest req, ServerResponse res) throws IOException {
        if (LockgateApiServer.skipper(req, res, tokens).isEmpty()) {
            return;
        }
        long id = LockgateApiServer.idParam(req, "id");
        int files = moorings.importPlanArchive(id, req.content().inputStream());
        res.status(Status.CREATED_201).send("{\"files\":" + files + "}");
    }

    private void uploadAuthorityBundle(ServerRequest req, ServerResponse res) throws IOException {
        Optional<DecodedJWT> who = LockgateApiServer.skipper(req, res, tokens);
        if (who.isEmpty()) {
            return;
        }
        if (!"ADMIN".equals(who.get().getClaim("role").asString())) {
            res.status(Status.FORBIDDEN_403).send();
            return;
        }
        long id = LockgateApiServer.idParam(req, "id");
        int files = moorings.importAuthorityBundle(id, req.content().inputStream());
        res.status(Status.CREATED_201).send("{\"files\":" + files + "}");
    }
}

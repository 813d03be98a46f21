package com.lockgate.web.api;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockgate.model.Boat;
import com.lockgate.security.TokenService;
import com.lockgate.service.LicenceService;
import com.lockgate.service.ViewRenderer;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Boats and their licence paperwork.
 */
public class BoatApiService implements HttpService {

    private final TokenService tokens;
    private final LicenceService licences = new LicenceService();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    public BoatApiService(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search)
                .get("/{id}/page", this::page)
                .put("/{id}/notes", this::updateNotes)
                .post("/licences/{licenceId}/attachments", this::attachment)
                .post("/licences/{licenceId}/scans", this::scan);
    }

    private void search(ServerRequest req, ServerResponse res) throws IOException {
        String name = req.query().first("name").orElse("");
        List<Boat> found = licences.searchBoats(name);
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(json.writeValueAsString(found));
    }

    private void page(ServerRequest req, ServerResponse res) {
        long id = LockgateApiServer.idParam(req, "id");
        Optional<Boat> boat = licences.boat(id);
        if (boat.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("boat", boat.get());
        vars.put("licences", licences.licencesFor(id));
        res.headers().contentType(MediaTypes.TEXT_HTML);
        res.send(ViewRenderer.get().page("boat", vars));
    }

    private void updateNotes(ServerRequest req, ServerResponse res) {
        Optional<DecodedJWT> who = LockgateApiServer.skipper(req, res, tokens);
        if (who.isEmpty()) {
            return;
        }
        long id = LockgateApiServer.idParam(req, "id");
        Optional<Boat> boat = licences.boat(id);
        if (boat.isEmpty() || !who.get().getSubject().equalsIgnoreCase(boat.get().getOwnerEmail())) {
            res.status(Status.FORBIDDEN_403).send();
            return;
        }
        licences.updateBoatNotes(id, req.content().as(String.class));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void attachment(ServerRequest req, ServerResponse res) throws IOException {
        if (LockgateApiServer.skipper(req, res, tokens).isEmpty()) {
            return;
        }
        long licenceId = LockgateApiServer.idParam(req, "licenceId");
        String fileName = req.query().first("filename").orElse("document.pdf");
        byte[] content = req.content().as(byte[].class);
        Path stored = licences.storeAttachment(licenceId, fileName, content);
        res.status(Status.CREATED_201).send("{\"stored\":\"" + stored.getFileName() + "\"}");
    }

    private void scan(ServerRequest req, ServerResponse res) throws IOException {
        if (LockgateApiServer.skipper(req, res, tokens).isEmpty()) {
            return;
        }
        long licenceId = LockgateApiServer.idParam(req, "licenceId");
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        Path stored = licences.storeScan(licenceId, contentType, req.content().as(byte[].class));
        res.status(Status.CREATED_201).send("{\"stored\":\"" + stored.getFileName() + "\"}");
    }
}

package com.ledgerbay.web;

import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.SupportingDocument;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.security.StoragePaths;
import com.ledgerbay.service.DocumentService;
import com.ledgerbay.service.FilingService;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * /portal/documents — uploads and downloads of supporting documents.
 */
public class DocumentHandler implements HttpService {

    private static final Set<String> KINDS = Set.of("COMMERCIAL_INVOICE", "PACKING_LIST", "BILL_OF_LADING",
            "CERTIFICATE_OF_ORIGIN", "OTHER");

    private final DocumentService documents;
    private final FilingService filings;
    private final JwtService jwt;

    public DocumentHandler(DocumentService documents, FilingService filings, JwtService jwt) {
        this.documents = documents;
        this.filings = filings;
        this.jwt = jwt;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/forms", this::formTemplate)
             .get("/exports/{name}", this::export)
             .post("/{filingId}", this::upload)
             .get("/{filingId}", this::list)
             .get("/{filingId}/archive", this::archive)
             .post("/{filingId}/carrier-batch", this::carrierBatch)
             .post("/{filingId}/bundle", this::bundle);
    }

    private void upload(ServerRequest req, ServerResponse res) throws IOException {
        Optional<Filing> filing = ownedFiling(req, res);
        if (filing.isEmpty()) {
            return;
        }
        String kind = req.query().first("kind").orElse("OTHER");
        if (!KINDS.contains(kind)) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error("unknown document kind"));
            return;
        }
        String originalName = req.headers().first(HeaderNames.create("X-File-Name")).orElse("document.pdf");
        String contentType = req.headers().contentType().map(ct -> ct.mediaType().text()).orElse("application/octet-stream");
        long brokerId = filing.get().getBrokerId();
        try (InputStream body = req.content().inputStream()) {
            SupportingDocument doc = documents.storeUpload(filing.get().getId(), kind, originalName, contentType, body, brokerId);
            res.status(Status.CREATED_201).send(Json.createObjectBuilder()
                    .add("documentId", doc.getId().toString())
                    .add("name", doc.getOriginalName())
                    .build().toString());
        }
    }

    private void list(ServerRequest req, ServerResponse res) {
        Optional<Filing> filing = ownedFiling(req, res);
        if (filing.isEmpty()) {
            return;
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (SupportingDocument d : documents.list(filing.get().getId())) {
            out.add(Json.createObjectBuilder()
                    .add("id", d.getId().toString())
                    .add("kind", d.getKind())
                    .add("name", d.getOriginalName())
                    .add("converted", d.isConverted()));
        }
        res.headers().contentType(MediaTypes.APPLICATION_JSON);
        res.send(out.build().toString());
    }

    private void archive(ServerRequest req, ServerResponse res) throws IOException {
        Optional<Filing> filing = ownedFiling(req, res);
        if (filing.isEmpty()) {
            return;
        }
        String file = req.query().first("file").orElse("7501-stamped.pdf");
        try (InputStream in = documents.openFilingArchive(filing.get().getId(), file)) {
            stream(in, res, MediaTypes.APPLICATION_OCTET_STREAM.text());
        } catch (NoSuchFileException e) {
            res.status(Status.NOT_FOUND_404).send();
        }
    }

    private void formTemplate(ServerRequest req, ServerResponse res) throws IOException {
        String name = req.query().first("name").orElse("");
        if (!StoragePaths.isPlainName(name)) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error("invalid form name"));
            return;
        }
        try {
            byte[] pdf = documents.formTemplate(name);
            res.headers().contentType(MediaTypes.create("application/pdf"));
            res.send(pdf);
        } catch (NoSuchFileException e) {
            res.status(Status.NOT_FOUND_404).send();
        }
    }

    private void export(ServerRequest req, ServerResponse res) throws IOException {
        if (PortalAuth.brokerId(req, jwt).isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        String name = req.path().pathParameters().get("name");
        try (InputStream in = documents.openExport(name)) {
            stream(in, res, "application/pdf");
        } catch (NoSuchFileException e) {
            res.status(Status.NOT_FOUND_404).send();
        } catch (SecurityException e) {
            res.status(Status.BAD_REQUEST_400).send();
        }
    }

    private void carrierBatch(ServerRequest req, ServerResponse res) throws IOException {
        Optional<Filing> filing = ownedFiling(req, res);
        if (filing.isEmpty()) {
            return;
        }
        try (InputStream zip = req.content().inputStream()) {
            List<Path> written = documents.importCarrierBatch(filing.get().getId(), zip);
            res.send(Json.createObjectBuilder().add("files", written.size()).build().toString());
        }
    }

    private void bundle(ServerRequest req, ServerResponse res) throws IOException {
        Optional<Filing> filing = ownedFiling(req, res);
        if (filing.isEmpty()) {
            return;
        }
        try (InputStream zip = req.content().inputStream()) {
            List<Path> written = documents.importBrokerBundle(filing.get().getId(), zip);
            res.send(Json.createObjectBuilder().add("files", written.size()).build().toString());
        } catch (SecurityException e) {
            res.status(Status.BAD_REQUEST_400).send(FilingHandler.error(e.getMessage()));
        }
    }

    private Optional<Filing> ownedFiling(ServerRequest req, ServerResponse res) {
        Optional<Long> broker = PortalAuth.brokerId(req, jwt);
        if (broker.isEmpty()) {
            res.status(Status.UNAUTHORIZED_401).send();
            return Optional.empty();
        }
        UUID filingId = UUID.fromString(req.path().pathParameters().get("filingId"));
        return Optional.of(filings.requireOwned(filingId, broker.get()));
    }

    private static void stream(InputStream in, ServerResponse res, String contentType) throws IOException {
        res.headers().contentType(MediaTypes.create(contentType));
        try (OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }
}

package com.cargomark.callbacks.resource;

import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import com.cargomark.callbacks.config.CallbackSettings;
import com.cargomark.callbacks.fetch.CarrierDocumentFetcher;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/v1/documents")
public class CarrierDocumentResource {

    public record DocumentNotice(String documentType, String bookingNumber, String url) {
    }

    @Inject
    private CarrierDocumentFetcher fetcher;

    @Inject
    private CallbackSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response notice(DocumentNotice notice) throws Exception {
        if (notice == null || notice.url() == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        byte[] content;
        try {
            content = fetcher.fetch(notice.url());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", e.getMessage())).build();
        }
        Files.createDirectories(settings.documentDirectory());
        String id = UUID.randomUUID().toString();
        java.nio.file.Path target = settings.documentDirectory().resolve(id + ".pdf");
        Files.write(target, content);
        return Response.accepted(Map.of("documentId", id, "bytes", content.length)).build();
    }
}

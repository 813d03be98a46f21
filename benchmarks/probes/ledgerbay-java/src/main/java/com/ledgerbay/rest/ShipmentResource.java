package com.ledgerbay.rest;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.xml.ManifestXmlParser;
import com.ledgerbay.xml.ManifestXmlParser.BillSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.UUID;

/**
 * Shipment intake for broker back-office integrations (Helidon MP).
 */
@ApplicationScoped
@Path("/api/shipments")
public class ShipmentResource {

    private final ServiceRegistry services = ServiceRegistry.get();

    /**
     * Lists the bills in a carrier manifest so the broker can choose which to enter.
     */
    @POST
    @Path("/manifests/preview")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public List<BillSummary> previewManifest(InputStream manifestXml) throws IOException {
        ManifestXmlParser parser = services.manifestParser;
        return parser.summarizeManifest(manifestXml);
    }

    /**
     * Pre-printed cargo labels generated when a shipment is booked.
     */
    @GET
    @Path("/labels/{labelId}")
    @Produces("application/pdf")
    public Response label(@PathParam("labelId") String labelId) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(labelId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        java.nio.file.Path file = services.config.labelRoot().resolve(id + ".pdf");
        try {
            byte[] pdf = Files.readAllBytes(file); // SAFE path
            return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"label-" + id + ".pdf\"").build();
        } catch (NoSuchFileException e) {
            throw new NotFoundException();
        }
    }
}

package com.claimwright.api;

import com.claimwright.core.service.*;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.io.*;
import java.util.Map;
import org.glassfish.jersey.media.multipart.*;

@Path("/api/claims/{claimNumber}/documents")
public class DocumentResource {

    @Inject DocumentStorageService storage;
    @Inject ReportRenderService renderer;
    @Inject LegacyImportService legacyImport;

    @POST @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("claimNumber") String claimNumber, @FormDataParam("file") InputStream file,
                           @FormDataParam("file") FormDataContentDisposition disposition, @Context UriInfo uriInfo) throws IOException {
        String name = storage.store(claimNumber, disposition.getFileName(), file).getFileName().toString();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(name).build()).entity(Map.of("fileName", name)).build();
    }

    @GET @Path("/{fileName}") @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public byte[] download(@PathParam("claimNumber") String claimNumber, @PathParam("fileName") String fileName) throws IOException {
        return storage.read(claimNumber, fileName);
    }

    @GET @Path("/generated/{documentId}") @Produces("application/pdf")
    public byte[] generated(@PathParam("documentId") String documentId) throws IOException {
        return storage.readGenerated(documentId);
    }

    @POST @Path("/bundle") @Consumes("application/zip")
    public Map<String, Integer> uploadZipBundle(@PathParam("claimNumber") String claimNumber, InputStream body) throws IOException {
        return Map.of("extracted", storage.extractZipBundle(claimNumber, body));
    }

    @POST @Path("/bundle") @Consumes("application/x-tar")
    public Map<String, Integer> uploadTarBundle(@PathParam("claimNumber") String claimNumber, InputStream body) throws IOException {
        return Map.of("extracted", storage.extractTarBundle(claimNumber, body));
    }

    @POST @Path("/{fileName}/thumbnail") @Consumes(MediaType.APPLICATION_FORM_URLENCODED) @Produces("image/png")
    public File thumbnail(@PathParam("claimNumber") String claimNumber, @PathParam("fileName") String fileName,
                          @FormParam("geometry") @DefaultValue("320x240") String geometry) throws Exception {
        return renderer.thumbnail(storage.locate(claimNumber, fileName), geometry).toFile();
    }

    @PUT @Path("/notes") @Consumes(MediaType.TEXT_PLAIN)
    public Response saveAdjusterNote(@PathParam("claimNumber") String claimNumber, @QueryParam("name") String noteName, String body)
            throws IOException {
        storage.writeAdjusterNote(claimNumber, noteName, body);
        return Response.noContent().build();
    }

    @POST @Path("/claimdesk-import") @Consumes(MediaType.APPLICATION_OCTET_STREAM) @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> importClaimDesk(InputStream body) throws IOException, ClassNotFoundException {
        return legacyImport.readClaimDeskExport(body);
    }
}

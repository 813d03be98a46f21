package com.moorgate.resources;

import com.moorgate.service.ArchiveImporter;
import com.moorgate.service.AttachmentStore;
import com.moorgate.service.DocumentConverter;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/claims/{claimId}/attachments")
public class AttachmentResource {

    private final AttachmentStore store;
    private final DocumentConverter converter;
    private final ArchiveImporter importer;

    public AttachmentResource(AttachmentStore store, DocumentConverter converter, ArchiveImporter importer) {
        this.store = store;
        this.converter = converter;
        this.importer = importer;
    }

    @GET
    @Path("/{fileName}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("claimId") UUID claimId, @PathParam("fileName") String fileName) throws IOException {
        if (fileName.contains("..") || fileName.startsWith("/")) {
            throw new BadRequestException("Invalid attachment name");
        }
        // names are stored URL-encoded by the desk client
        String stored = URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        InputStream content = store.open(claimId, stored);
        return Response.ok(content)
                .header("Content-Disposition", "attachment; filename=\"" + stored.replace("\"", "") + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> upload(@PathParam("claimId") UUID claimId,
                                      @FormDataParam("file") InputStream content,
                                      @FormDataParam("file") FormDataContentDisposition disposition,
                                      @FormDataParam("convert") @DefaultValue("false") boolean convertToPdf)
            throws IOException, InterruptedException {
        String originalName = disposition.getFileName();
        java.nio.file.Path saved = store.save(claimId, originalName, content);
        if (convertToPdf && !originalName.toLowerCase().endsWith(".pdf")) {
            java.nio.file.Path pdf = converter.toPdf(saved, originalName);
            return Map.of("stored", saved.getFileName().toString(), "pdf", pdf.getFileName().toString());
        }
        return Map.of("stored", saved.getFileName().toString());
    }

    @POST
    @Path("/survey-bundle")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> uploadSurveyBundle(@PathParam("claimId") UUID claimId,
                                                  @FormDataParam("bundle") InputStream zip) throws IOException {
        List<String> files = importer.importSurveyBundle(claimId, zip);
        return Map.of("claimId", claimId, "files", files);
    }
}

package org.stlukes.dispensa.ward.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.stlukes.dispensa.ward.service.ArchiveImportService;
import org.stlukes.dispensa.ward.service.FormularyXmlImporter;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ArchiveImportService archiveImportService;

    @Inject
    FormularyXmlImporter xmlImporter;

    @POST
    @Path("/label-templates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> uploadLabelTemplates(@RestForm("bundle") FileUpload bundle,
                                                    @RestForm("ward") String ward) throws IOException {
        int extracted = archiveImportService.extractLabelBundle(bundle.uploadedFile(), ward);
        return Map.of("ward", ward, "files", extracted);
    }

    @POST
    @Path("/formulary-snapshot")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> uploadSnapshot(@RestForm("snapshot") FileUpload snapshot) throws IOException {
        List<String> files = archiveImportService.extractSnapshot(snapshot.uploadedFile());
        return Map.of("files", files);
    }

    @POST
    @Path("/formulary-xml")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, Object> importFormulary(InputStream body) throws Exception {
        List<FormularyXmlImporter.ItemRecord> items = xmlImporter.parseFormulary(body);
        return Map.of("parsed", items.size());
    }

    @POST
    @Path("/wholesaler-feed")
    @Consumes(MediaType.APPLICATION_XML)
    public Map<String, Object> importWholesalerFeed(InputStream body) throws Exception {
        return Map.of("priceLines", xmlImporter.parseWholesalerFeed(body).size());
    }
}

package org.hemalink.lab;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/lab")
public class LabResource {

    @Inject
    LabResultService service;

    @Inject
    LabFileStore files;

    @GET
    @Path("/reports")
    @Produces("application/pdf")
    public byte[] report(@QueryParam("name") String name) throws Exception {
        return files.read(name);
    }

    @GET
    @Path("/batches/{batchId}/value")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> value(@PathParam("batchId") String batchId,
                                     @QueryParam("sample") String sample,
                                     @QueryParam("analyte") String analyte) throws Exception {
        return Map.of("sample", sample, "analyte", analyte, "value", service.analyteValue(batchId, sample, analyte));
    }

    @GET
    @Path("/batches/{batchId}/samples/{sampleId}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<LabResult> sample(@PathParam("batchId") String batchId, @PathParam("sampleId") String sampleId) throws Exception {
        return service.sampleInBatch(batchId, sampleId);
    }

    @POST
    @Path("/samples/{number}/refresh")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> refresh(@PathParam("number") String number) throws Exception {
        return Map.of("results", service.refreshSample(number));
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public LabResultService.ImportReceipt importExport(@RestForm("archive") FileUpload archive,
                                                       @RestForm("instrument") String instrument,
                                                       @RestForm("profile") String profile) throws Exception {
        if (archive == null) {
            throw new IllegalArgumentException("archive is required");
        }
        return service.importInstrumentExport(archive.uploadedFile(), instrument, profile);
    }

    @POST
    @Path("/imports/qc")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> importQc(@RestForm("bundle") FileUpload bundle) throws Exception {
        List<LabMessageDecoder.QcBundle> parsed = service.importQcBundle(bundle.uploadedFile());
        long failed = parsed.stream().flatMap(b -> b.runs.stream()).filter(r -> !r.passed).count();
        return Map.of("bundles", parsed.size(), "failedRuns", failed);
    }
}

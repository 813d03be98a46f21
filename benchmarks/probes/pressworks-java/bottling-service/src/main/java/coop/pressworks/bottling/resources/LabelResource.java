package coop.pressworks.bottling.resources;

import coop.pressworks.bottling.api.BottlingApi.LabelPrintJob;
import coop.pressworks.bottling.messaging.LabelJobPublisher;
import coop.pressworks.bottling.service.LabelPackService;
import coop.pressworks.bottling.service.LabelStorage;
import coop.pressworks.bottling.service.LabelTextRenderer;
import coop.pressworks.bottling.service.PrepressTools;
import coop.pressworks.bottling.support.Validators;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.multipart.FormDataParam;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/labels")
public class LabelResource {

    private final LabelStorage storage;
    private final LabelPackService packs;
    private final LabelTextRenderer textRenderer;
    private final PrepressTools prepress;
    private final LabelJobPublisher jobs;

    public LabelResource(LabelStorage storage, LabelPackService packs, LabelTextRenderer textRenderer,
                         PrepressTools prepress, LabelJobPublisher jobs) {
        this.storage = storage;
        this.packs = packs;
        this.textRenderer = textRenderer;
        this.prepress = prepress;
        this.jobs = jobs;
    }

    @POST
    @Path("/packs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> uploadPack(@FormDataParam("pack") InputStream pack,
                                          @FormDataParam("format") @DefaultValue("tar.gz") String format) throws IOException {
        List<String> files = "zip".equalsIgnoreCase(format) ? packs.importZip(pack) : packs.importTarball(pack);
        return Map.of("imported", files.size(), "files", files);
    }

    @GET
    @Path("/{sku}/artwork")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response artwork(@PathParam("sku") String sku, @QueryParam("file") String file) throws IOException {
        if (file == null || file.isBlank()) {
            throw new BadRequestException("file is required");
        }
        InputStream in = storage.openArtwork(sku, file);
        return Response.ok(in).header("Content-Disposition", "attachment; filename=\"" + sku + "-artwork\"").build();
    }

    @GET
    @Path("/{sku}/proof")
    @Produces("application/pdf")
    public Response proof(@PathParam("sku") String sku) throws IOException {
        return Response.ok(storage.openProof(sku)).build();
    }

    @POST
    @Path("/{sku}/print")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response print(@PathParam("sku") String sku,
                          @FormParam("lotCode") String lotCode,
                          @FormParam("printer") String printer,
                          @FormParam("copies") @DefaultValue("1") int copies,
                          @FormParam("outputName") String outputName,
                          @FormParam("artworkUrl") String artworkUrl,
                          @HeaderParam("X-Operator") String operator) {
        Validators.requireSku(sku);
        if (copies < 1 || copies > 5_000) {
            throw new BadRequestException("copies must be between 1 and 5000");
        }
        String jobId = UUID.randomUUID().toString();
        String name = outputName == null || outputName.isBlank() ? sku + "-" + lotCode : outputName;
        jobs.publish(new LabelPrintJob(jobId, sku, lotCode, printer, copies, name, artworkUrl,
                operator == null ? "unknown" : operator, Instant.now()));
        return Response.accepted(Map.of("jobId", jobId)).build();
    }

    @POST
    @Path("/{sku}/case-barcode")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("image/svg+xml")
    public Response caseBarcode(@PathParam("sku") String sku,
                                @FormParam("gtin") String gtin,
                                @FormParam("caption") String caption) throws IOException {
        java.nio.file.Path svg = prepress.caseBarcode(Validators.requireSku(sku), Validators.requireGtin(gtin),
                caption == null ? sku : caption);
        return Response.ok(svg.toFile()).build();
    }

    @GET
    @Path("/{sku}/back-text")
    @Produces(MediaType.TEXT_PLAIN)
    public String backText(@PathParam("sku") String sku, @QueryParam("style") String style,
                           @QueryParam("lot") String lotCode) throws IOException {
        return textRenderer.renderHouseStyle(style, labelData(Validators.requireSku(sku), lotCode));
    }

    @POST
    @Path("/{sku}/back-text/limited")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String limitedReleaseText(@PathParam("sku") String sku, @QueryParam("lot") String lotCode,
                                     String layout) throws IOException {
        return textRenderer.renderLimitedRelease(Validators.requireSku(sku), layout, labelData(sku, lotCode));
    }

    private static Map<String, Object> labelData(String sku, String lotCode) {
        Map<String, Object> data = new HashMap<>();
        data.put("productName", sku.startsWith("DRY") ? "Orchard Dry" : "Hereford Medium");
        data.put("style", sku.startsWith("DRY") ? "Dry" : "Medium");
        data.put("varieties", List.of("Dabinett", "Yarlington Mill", "Browns"));
        data.put("ingredients", List.of("apple juice", "sulphites"));
        data.put("allergens", List.of("sulphites"));
        data.put("abv", new BigDecimal("6.2"));
        data.put("volumeMl", sku.contains("-330") ? 330 : 750);
        data.put("lotCode", lotCode == null ? "" : lotCode);
        data.put("bestBefore", LocalDate.now().plusMonths(18).toString());
        return data;
    }
}

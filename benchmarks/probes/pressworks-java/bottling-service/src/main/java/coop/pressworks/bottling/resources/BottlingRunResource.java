package coop.pressworks.bottling.resources;

import coop.pressworks.bottling.api.BottlingApi.BatchSummary;
import coop.pressworks.bottling.api.BottlingApi.BottlingRun;
import coop.pressworks.bottling.service.PrepressTools;
import coop.pressworks.bottling.service.RunService;
import coop.pressworks.bottling.views.RunSheetView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class BottlingRunResource {

    private final RunService runs;
    private final PrepressTools prepress;

    public BottlingRunResource(RunService runs, PrepressTools prepress) {
        this.runs = runs;
        this.prepress = prepress;
    }

    @GET
    public List<BottlingRun> list(@QueryParam("line") String line, @QueryParam("status") String status) {
        return runs.list(line, status);
    }

    @GET
    @Path("/batches")
    public List<BatchSummary> batches(@QueryParam("season") String season, @QueryParam("lotPrefix") String lotPrefix) {
        return runs.batches(season, lotPrefix);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public StreamingOutput export(@QueryParam("sort") String sort, @QueryParam("dir") @DefaultValue("asc") String dir) {
        List<BottlingRun> rows = runs.export(sort, dir);
        return output -> {
            Writer w = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            w.write("id,line,sku,lot,season,status,planned,filled,abv,started\n");
            for (BottlingRun r : rows) {
                w.write(r.id() + "," + r.lineCode() + "," + r.sku() + "," + r.lotCode() + "," + r.season() + ","
                        + r.status() + "," + r.bottlesPlanned() + "," + r.bottlesFilled() + "," + r.abv() + ","
                        + r.startedAt() + "\n");
            }
            w.flush();
        };
    }

    @GET
    @Path("/{runId}")
    public BottlingRun run(@PathParam("runId") long runId) {
        return runs.run(runId);
    }

    @GET
    @Path("/{runId}/sheet")
    @Produces(MediaType.TEXT_HTML)
    public RunSheetView sheet(@PathParam("runId") long runId) {
        return new RunSheetView(runs.run(runId));
    }

    @POST
    @Path("/{runId}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notes(@PathParam("runId") long runId,
                          @FormParam("operatorNotes") String operatorNotes,
                          @FormParam("tastingNotes") String tastingNotes) {
        runs.recordNotes(runId, operatorNotes, tastingNotes);
        return Response.seeOther(URI.create("/runs/" + runId + "/sheet")).build();
    }

    @GET
    @Path("/{runId}/release.pdf")
    @Produces("application/pdf")
    public Response releaseCertificate(@PathParam("runId") long runId) throws IOException {
        java.nio.file.Path pdf = prepress.linearizeReleaseCertificate(runId);
        StreamingOutput body = output -> Files.copy(pdf, output);
        return Response.ok(body).header("Content-Disposition", "inline; filename=release-" + runId + ".pdf").build();
    }
}

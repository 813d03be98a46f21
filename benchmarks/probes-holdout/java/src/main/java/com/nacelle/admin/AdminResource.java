package com.nacelle.admin;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import com.nacelle.service.DiagnosticsService;
import com.nacelle.service.DiagnosticsService.CommandResult;
import com.nacelle.service.DocumentStorage;
import com.nacelle.service.TechnicianDirectoryService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Operations admin endpoints (Jersey), mounted under /admin-api.
 */
@Component
@Path("/ops")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger audit = LoggerFactory.getLogger("audit.admin");

    private static final Pattern SERVICE_NAME = Pattern.compile("nacelle-[a-z]+");
    private static final Pattern TURBINE_CODE = Pattern.compile("^[A-Z]{3}-\\d{2,4}$");

    private final DiagnosticsService diagnostics;
    private final DocumentStorage storage;
    private final TechnicianDirectoryService directory;

    public AdminResource(DiagnosticsService diagnostics, DocumentStorage storage, TechnicianDirectoryService directory) {
        this.diagnostics = diagnostics;
        this.storage = storage;
        this.directory = directory;
    }

    @POST
    @Path("/services/{service}/rotate-logs")
    public Response rotateLogs(@PathParam("service") String service, @Context SecurityContext security)
            throws IOException, InterruptedException {
        if (!SERVICE_NAME.matcher(service).find()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "unknown service")).build();
        }
        audit.info("{} rotated logs of {}", security.getUserPrincipal().getName(), service);
        CommandResult result = diagnostics.rotateLogs(service);
        return Response.ok(result).build();
    }

    @POST
    @Path("/scada/{turbineCode}/archive")
    public Response archiveScada(@PathParam("turbineCode") String turbineCode, @Context SecurityContext security)
            throws IOException, InterruptedException {
        if (!TURBINE_CODE.matcher(turbineCode).matches()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "turbine code must look like NRT-014")).build();
        }
        audit.info("{} archived SCADA data of {}", security.getUserPrincipal().getName(), turbineCode);
        return Response.ok(diagnostics.archiveScada(turbineCode)).build();
    }

    @DELETE
    @Path("/exports/{name}")
    public Response deleteExport(@PathParam("name") String name, @Context SecurityContext security) throws IOException {
        boolean deleted = storage.deleteExport(name);
        audit.info("{} deleted export {} ({})", security.getUserPrincipal().getName(), name, deleted);
        return deleted ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }

    @GET
    @Path("/directory/{uid}")
    public Response directoryEntry(@PathParam("uid") String uid) {
        return directory.findByUid(uid)
                .map(entry -> Response.ok(entry).build())
                .orElse(Response.status(Response.Status.NOT_FOUND).build());
    }
}

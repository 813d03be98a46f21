package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.service.ReportService;
import com.dosewell.pharmacy.util.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

@Path("/reports")
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> list(@Context SecurityContext sc) throws IOException {
        Roles.require(sc, Roles.PHARMACIST, Roles.ADMIN);
        return reports.listReports();
    }

    @GET
    @Path("/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@QueryParam("file") String file, @Context SecurityContext sc) throws IOException {
        Roles.require(sc, Roles.PHARMACIST, Roles.ADMIN);
        if (file == null || file.isBlank()) {
            throw new BadRequestException("file is required");
        }
        byte[] content = reports.readReport(file);
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        return Response.ok(content)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .build();
    }

    @GET
    @Path("/archive/{id}")
    @Produces("application/pdf")
    public byte[] archived(@PathParam("id") UUID id, @Context SecurityContext sc) throws IOException {
        Roles.require(sc, Roles.PHARMACIST, Roles.ADMIN);
        return reports.readArchived(id);
    }
}

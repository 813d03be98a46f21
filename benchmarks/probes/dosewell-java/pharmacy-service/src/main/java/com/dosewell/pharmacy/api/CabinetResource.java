package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.dto.OverridePin;
import com.dosewell.pharmacy.integration.SyncResult;
import com.dosewell.pharmacy.model.Cabinet;
import com.dosewell.pharmacy.service.CabinetService;
import com.dosewell.pharmacy.util.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@jakarta.ws.rs.Path("/cabinets")
@Produces(MediaType.APPLICATION_JSON)
public class CabinetResource {

    @Inject
    CabinetService cabinets;

    @GET
    public List<Cabinet> list() {
        return cabinets.list();
    }

    @GET
    @jakarta.ws.rs.Path("/{code}")
    public Cabinet get(@PathParam("code") String code) {
        return cabinets.get(code);
    }

    @POST
    @jakarta.ws.rs.Path("/{code}/sync")
    public SyncResult sync(@PathParam("code") String code, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.TECHNICIAN);
        return cabinets.sync(code);
    }

    @GET
    @jakarta.ws.rs.Path("/{code}/log")
    @Produces("text/csv")
    public Response exportLog(@PathParam("code") String code, @QueryParam("date") String date,
                              @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.TECHNICIAN);
        LocalDate day;
        try {
            day = date == null ? LocalDate.now().minusDays(1) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date must be yyyy-MM-dd");
        }
        Path file = cabinets.exportLog(code, day);
        return Response.ok(file.toFile())
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .build();
    }

    @POST
    @jakarta.ws.rs.Path("/{code}/override-pin")
    public OverridePin overridePin(@PathParam("code") String code,
                                   @HeaderParam("X-Override-Reason") String reason,
                                   @Context SecurityContext sc) {
        Roles.require(sc, Roles.NURSE, Roles.PHARMACIST);
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("An override reason is required");
        }
        return cabinets.issueOverridePin(code, Roles.user(sc), reason);
    }

    @POST
    @jakarta.ws.rs.Path("/{code}/telemetry")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response telemetry(@PathParam("code") String code, String document) {
        cabinets.submitTelemetry(code, document);
        return Response.accepted().build();
    }
}

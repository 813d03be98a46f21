package com.ledgerbay.rest;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.service.ReportService;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * PDF packets and archive pushes (Helidon MP).
 */
@ApplicationScoped
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ServiceRegistry services = ServiceRegistry.get();

    @POST
    @Path("/filings/{id}/packet")
    public Response packet(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id,
                           @QueryParam("title") @DefaultValue("Entry Packet") String title) throws IOException, InterruptedException {
        Filing filing = services.filings.requireOwned(id, brokerId(auth));
        java.nio.file.Path pdf = services.reports.exportPacket(filing, title);
        return Response.ok(Map.of("export", pdf.getFileName().toString())).build();
    }

    @POST
    @Path("/filings/{id}/invoice")
    public Response invoice(@HeaderParam("Authorization") String auth, @PathParam("id") UUID id,
                            @QueryParam("title") @DefaultValue("Duty Invoice") String title) throws IOException, InterruptedException {
        Filing filing = services.filings.requireOwned(id, brokerId(auth));
        java.nio.file.Path pdf = services.reports.exportDutyInvoice(filing, title);
        return Response.ok(Map.of("export", pdf.getFileName().toString())).build();
    }

    /**
     * Brokers may ask for a port's archive to be re-pushed when the port office reports missing paperwork.
     */
    @POST
    @Path("/ports/{port}/sync")
    public Response syncPort(@HeaderParam("Authorization") String auth, @PathParam("port") String portCode,
                             @QueryParam("day") String day) throws IOException, InterruptedException {
        brokerId(auth);
        ReportService reports = services.reports;
        try {
            reports.syncPortArchive(portCode, day == null ? LocalDate.now().minusDays(1) : LocalDate.parse(day));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.accepted().build();
    }

    @POST
    @Path("/entries/{entryNumber}/sync")
    public Response syncEntry(@HeaderParam("Authorization") String auth,
                              @PathParam("entryNumber") String entryNumber) throws IOException, InterruptedException {
        brokerId(auth);
        try {
            services.reports.syncEntryArchive(entryNumber);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.accepted().build();
    }

    private long brokerId(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new NotAuthorizedException("Bearer");
        }
        try {
            Claims claims = services.jwt.verifySession(authorization.substring(7));
            return Long.parseLong(claims.getSubject());
        } catch (JwtException e) {
            throw new NotAuthorizedException("Bearer");
        }
    }
}

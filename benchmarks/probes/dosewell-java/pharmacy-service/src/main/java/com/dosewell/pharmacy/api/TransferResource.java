package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.dto.TransferRequest;
import com.dosewell.pharmacy.model.StockTransfer;
import com.dosewell.pharmacy.service.TransferService;
import com.dosewell.pharmacy.util.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.NamingException;

@Path("/transfers")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    TransferService transfers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(TransferRequest request, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.TECHNICIAN);
        UUID id = transfers.request(request, Roles.user(sc));
        return Response.accepted(Map.of("transferId", id)).location(URI.create("/transfers/" + id)).build();
    }

    @POST
    @Path("/{id}/witness-code")
    public Map<String, String> witnessCode(@PathParam("id") UUID id, @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.TECHNICIAN);
        return Map.of("code", transfers.issueWitnessCode(id));
    }

    @POST
    @Path("/{id}/witness-token")
    public Map<String, String> witnessToken(@PathParam("id") UUID id, @Context SecurityContext sc) throws NamingException {
        Roles.require(sc, Roles.PHARMACIST, Roles.NURSE);
        String employeeId = ((com.dosewell.pharmacy.security.SessionPrincipal) sc.getUserPrincipal()).employeeId();
        return Map.of("token", transfers.witnessToken(id, employeeId));
    }

    @POST
    @Path("/{id}/witness")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public StockTransfer witness(@PathParam("id") UUID id,
                                 @HeaderParam("X-Witness-Token") String witnessToken,
                                 @FormParam("code") String code) throws NamingException {
        if (witnessToken == null || code == null) {
            throw new BadRequestException("Witness token and code are required");
        }
        return transfers.witness(id, witnessToken, code.trim());
    }

    @GET
    @Path("/ledger")
    public List<StockTransfer> ledger(@QueryParam("schedule") int schedule,
                                      @QueryParam("from") String from,
                                      @QueryParam("to") String to,
                                      @Context SecurityContext sc) {
        Roles.require(sc, Roles.PHARMACIST, Roles.ADMIN);
        if (schedule < 2 || schedule > 5) {
            throw new BadRequestException("schedule must be 2-5");
        }
        Instant start = LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return transfers.ledger(schedule, start, end);
    }
}

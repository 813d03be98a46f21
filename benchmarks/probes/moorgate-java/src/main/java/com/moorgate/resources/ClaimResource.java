package com.moorgate.resources;

import com.moorgate.api.Claim;
import com.moorgate.api.ClaimSearchParams;
import com.moorgate.api.ClaimSubmission;
import com.moorgate.service.ClaimService;
import com.moorgate.service.PolicyClauseService;
import com.moorgate.web.ThymeleafViews;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimService claims;
    private final ThymeleafViews views;
    private final PolicyClauseService clauses;

    public ClaimResource(ClaimService claims, ThymeleafViews views, PolicyClauseService clauses) {
        this.claims = claims;
        this.views = views;
        this.clauses = clauses;
    }

    @GET
    public List<Claim> list(@BeanParam ClaimSearchParams params) {
        return claims.list(params);
    }

    @GET
    @Path("/vessel")
    public List<Claim> byVessel(@QueryParam("name") String vesselName) {
        return claims.searchByVessel(vesselName);
    }

    @GET
    @Path("/carrier/{code}")
    public List<Claim> byCarrier(@PathParam("code") String carrierCode,
                                 @QueryParam("status") @DefaultValue("OPEN") String status) {
        return claims.byCarrier(carrierCode, status);
    }

    @GET
    @Path("/ref/{claimRef}")
    public Claim byReference(@PathParam("claimRef") String claimRef) {
        return claims.findByRef(claimRef).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/policies")
    public List<Map<String, Object>> policies(@HeaderParam("X-Broker-Code") String brokerCode,
                                              @QueryParam("sort") String sort,
                                              @QueryParam("dir") String dir) {
        return claims.policiesForBroker(brokerCode, sort, dir);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid ClaimSubmission submission) {
        Claim claim = claims.submit(submission);
        return Response.created(UriBuilder.fromResource(ClaimResource.class).path(claim.getId().toString()).build())
                .entity(claim)
                .build();
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addNote(@PathParam("id") UUID id, @FormParam("body") String body,
                            @Context SecurityContext security) {
        if (body == null || body.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        claims.detail(id).orElseThrow(NotFoundException::new);
        long noteId = claims.addNote(id, security.getUserPrincipal().getName(), body.strip());
        return Response.status(Response.Status.CREATED).entity(Map.of("noteId", noteId)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public String detailPage(@PathParam("id") UUID id, @CookieParam("mg_handler") @DefaultValue("") String handler) {
        Claim claim = claims.detail(id).orElseThrow(NotFoundException::new);
        String tracking;
        try {
            tracking = claims.containerTracking(claim);
        } catch (Exception e) {
            tracking = "Tracking unavailable";
        }
        return views.claimDetail(claim, tracking, handler);
    }

    @GET
    @Path("/{id}/clauses")
    @Produces(MediaType.TEXT_PLAIN)
    public String clause(@PathParam("id") UUID id, @QueryParam("code") String clauseCode) throws Exception {
        Claim claim = claims.detail(id).orElseThrow(NotFoundException::new);
        return claims.clauseText(claim, clauseCode);
    }

    @GET
    @Path("/{id}/clauses/title")
    @Produces(MediaType.TEXT_PLAIN)
    public String clauseTitle(@PathParam("id") UUID id, @QueryParam("code") String clauseCode) throws Exception {
        Claim claim = claims.detail(id).orElseThrow(NotFoundException::new);
        return clauses.clauseTitle(claim.getPolicyNumber(), clauseCode);
    }
}

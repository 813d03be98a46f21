package com.claimwright.api;

import com.claimwright.core.dao.*;
import com.claimwright.core.model.Claim;
import com.claimwright.core.service.ClaimSearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.*;
import org.bson.Document;

@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject ClaimSearchService searchService;
    @Inject ClaimJdbcDao claimDao;
    @Inject ClaimNotesStore notes;

    @GET
    public List<Claim> search(@QueryParam("status") String status, @QueryParam("policy") String policyPrefix,
                              @QueryParam("lossType") String lossType, @QueryParam("sort") String sort,
                              @QueryParam("limit") @DefaultValue("50") int limit) throws SQLException {
        return searchService.search(status, policyPrefix, lossType, sort, limit);
    }

    @GET @Path("/{claimNumber}")
    public Claim get(@PathParam("claimNumber") String claimNumber) throws SQLException {
        return claimDao.findByClaimNumber(claimNumber).orElseThrow(NotFoundException::new);
    }

    @GET @Path("/policies")
    public List<Map<String, Object>> policiesByHolder(@QueryParam("holder") String holder) {
        return searchService.policiesForHolder(holder);
    }

    @GET @Path("/region-totals")
    public List<Object[]> regionTotals(@HeaderParam("X-Adjuster-Region") String region) {
        return searchService.regionTotals(region);
    }

    @GET @Path("/{claimNumber}/notes")
    public List<Document> notesByAuthor(@PathParam("claimNumber") String claimNumber, @QueryParam("author") String author) {
        return notes.byAuthor(claimNumber, author);
    }

    @GET @Path("/{claimNumber}/notes/mentions")
    public List<Document> notesMentioning(@PathParam("claimNumber") String claimNumber, @QueryParam("keyword") String keyword) {
        return notes.mentioning(claimNumber, keyword);
    }

    @GET @Path("/{claimNumber}/notes/reserve-changes")
    public List<Document> reserveChanges(@PathParam("claimNumber") String claimNumber, @QueryParam("min") @DefaultValue("0") String minDelta) {
        return notes.withReserveChangeAbove(claimNumber, minDelta);
    }
}

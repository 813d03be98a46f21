package com.moorgate.resources;

import com.moorgate.api.Claim;
import com.moorgate.service.ClaimService;
import com.moorgate.service.LetterService;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

@Path("/letters")
@Produces(MediaType.TEXT_HTML)
public class LetterResource {

    private final LetterService letters;
    private final ClaimService claims;

    public LetterResource(LetterService letters, ClaimService claims) {
        this.letters = letters;
        this.claims = claims;
    }

    @GET
    @Path("/{kind}/{claimId}")
    public String standard(@PathParam("kind") String kind, @PathParam("claimId") UUID claimId) {
        Claim claim = claims.detail(claimId).orElseThrow(NotFoundException::new);
        try {
            return letters.renderStandard(kind, claim);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    @POST
    @Path("/custom")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String custom(@HeaderParam("X-Broker-Code") String brokerCode,
                         @FormParam("claimId") UUID claimId,
                         @FormParam("template") String templateSource) {
        if (brokerCode == null || templateSource == null || templateSource.length() > 20_000) {
            throw new BadRequestException();
        }
        Claim claim = claims.detail(claimId).orElseThrow(NotFoundException::new);
        return letters.renderCustom(brokerCode.replaceAll("[^A-Z0-9]", ""), templateSource, claim);
    }
}

package com.claimwright.api;

import com.claimwright.core.config.AppSettings;
import com.claimwright.core.dao.ClaimNotesStore;
import com.claimwright.core.security.PartnerTokenReader;
import com.claimwright.core.service.*;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.io.InputStream;
import java.net.URI;
import java.util.*;

@Path("/api/integrations")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    public record EstimateRequest(String claimNumber, String estimateUrl) { }
    public record CarrierPolicyRequest(String policyNumber, String carrierUrl) { }
    public record PartnerStatusUpdate(String claimNumber, String status, String comment) { }

    private static final Map<String, String> LOGOUT_TARGETS = Map.of(
            "portal", "https://portal.claimwright.com/goodbye",
            "desk", "https://desk.claimwright.com/login",
            "partners", "https://partners.claimwright.com/");

    @Inject XmlImportService xmlImport;
    @Inject PartnerGateway gateway;
    @Inject PartnerTokenReader partnerTokens;
    @Inject ClaimNotesStore notes;

    @POST @Path("/fnol") @Consumes(MediaType.APPLICATION_XML)
    public XmlImportService.FnolReport firstNoticeOfLoss(InputStream xml) throws Exception {
        return xmlImport.parseFnol(xml);
    }

    @POST @Path("/bordereau") @Consumes(MediaType.APPLICATION_XML)
    public List<XmlImportService.BordereauLine> bordereau(InputStream xml) throws Exception {
        return xmlImport.parseBordereau(xml);
    }

    @POST @Path("/estimates") @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> pullEstimate(EstimateRequest request) throws Exception {
        return Map.of("claimNumber", request.claimNumber(), "estimate", gateway.fetchRepairEstimate(request.estimateUrl()));
    }

    @POST @Path("/photos") @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> importPhoto(@FormParam("claimNumber") String claimNumber, @FormParam("photoUrl") String photoUrl) throws Exception {
        return Map.of("claimNumber", claimNumber, "bytes", gateway.importPhoto(photoUrl).length);
    }

    @POST @Path("/carrier-policy") @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> carrierPolicy(CarrierPolicyRequest request) throws Exception {
        return Map.of("policyNumber", request.policyNumber(), "document", gateway.fetchCarrierPolicy(request.carrierUrl()));
    }

    @POST @Path("/partner-status") @Consumes(MediaType.APPLICATION_JSON)
    public Response partnerStatus(@HeaderParam("X-Partner-Assertion") String assertion, PartnerStatusUpdate update) throws Exception {
        String partnerId = partnerTokens.partnerId(assertion);
        notes.addNote(update.claimNumber(), "partner:" + partnerId, update.status() + " - " + update.comment(), 0L);
        return Response.accepted().build();
    }

    @GET @Path("/partner-login")
    public Map<String, String> partnerLogin(@HeaderParam("X-Partner-Id") String partnerId, @HeaderParam("X-Partner-Key") String apiKey) throws Exception {
        return Map.of("partner", xmlImport.authenticatePartner(partnerId, apiKey).orElseThrow(() -> new NotAuthorizedException("Partner")));
    }

    @GET @Path("/products/{code}")
    public Map<String, String> product(@PathParam("code") String code) throws Exception {
        return Map.of("code", code, "name", xmlImport.productName(code).orElseThrow(NotFoundException::new));
    }

    @GET @Path("/sso/return")
    public Response ssoReturn(@Context HttpServletRequest request) {
        String next = request.getParameter("next");
        if (next != null && next.startsWith(AppSettings.portalBaseUrl())) {
            return Response.seeOther(URI.create(next)).build(); // VULN redirect
        }
        return Response.seeOther(URI.create(AppSettings.portalBaseUrl() + "/portal/home")).build();
    }

    @GET @Path("/sso/logout")
    public Response ssoLogout(@Context UriInfo uriInfo) {
        String app = Objects.requireNonNullElse(uriInfo.getQueryParameters().getFirst("app"), "portal");
        return Response.seeOther(URI.create(LOGOUT_TARGETS.getOrDefault(app, LOGOUT_TARGETS.get("portal")))).build(); // SAFE redirect
    }
}

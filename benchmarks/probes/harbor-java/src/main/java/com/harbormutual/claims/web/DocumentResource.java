package com.harbormutual.claims.web;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.harbormutual.claims.repository.ClaimRepository.DocumentRecord;
import com.harbormutual.claims.security.PortalSecurityService;
import com.harbormutual.claims.service.DocumentService;
import com.harbormutual.claims.service.DocumentService.ClaimSnapshot;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

@Component
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private static final Logger log = LoggerFactory.getLogger(DocumentResource.class);

    private static final Pattern INBOX_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.(pdf|xml|zip|csv)");
    private static final URI DEFAULT_HANDOFF = URI.create("https://brokers.harbormutual.com/home");
    private static final Map<String, URI> HANDOFF_TARGETS = Map.of(
            "claims", URI.create("https://brokers.harbormutual.com/claims"),
            "payouts", URI.create("https://brokers.harbormutual.com/payouts"),
            "documents", URI.create("https://brokers.harbormutual.com/documents"));

    private final DocumentService documentService;
    private final PortalSecurityService security;

    public DocumentResource(DocumentService documentService, PortalSecurityService security) {
        this.documentService = documentService;
        this.security = security;
    }

    private DecodedJWT requireBroker(String authorization) {
        try {
            return security.verifyBrokerToken(authorization);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            log.debug("Broker token rejected: {}", e.getMessage());
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
    }

    // ---- claim documents ----

    @POST
    @Path("claims/{claimId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("claimId") long claimId,
                           @FormDataParam("file") InputStream file,
                           @FormDataParam("file") FormDataContentDisposition disposition,
                           @FormDataParam("docType") @DefaultValue("general") String docType,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        requireBroker(authorization);
        DocumentRecord stored = documentService.storeUpload(claimId, disposition.getFileName(), docType, file);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("claims/{claimId}/documents")
    public List<DocumentRecord> list(@PathParam("claimId") long claimId, @QueryParam("type") String docType,
                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireBroker(authorization);
        return documentService.listDocuments(claimId, docType);
    }

    @GET
    @Path("claims/{claimId}/documents/view")
    @Produces(MediaType.TEXT_HTML)
    public String view(@PathParam("claimId") long claimId, @QueryParam("type") @DefaultValue("all") String docType) {
        List<DocumentRecord> docs = documentService.listDocuments(claimId, "all".equals(docType) ? null : docType);
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<h2>Claim ").append(claimId).append(" &mdash; ").append(docType).append(" documents</h2><ul>"); // VULN xss
        docs.forEach(d -> html.append("<li>#").append(d.id()).append(" uploaded ").append(d.uploadedAt()).append("</li>"));
        return html.append("</ul></body></html>").toString();
    }

    @GET
    @Path("claims/{claimId}/documents/receipt")
    @Produces(MediaType.TEXT_HTML)
    public String receipt(@PathParam("claimId") long claimId, @QueryParam("file") String fileName) {
        return "<html><body><p>We received <strong>" + escapeHtml(fileName) + "</strong> for claim " + claimId + ".</p></body></html>"; // SAFE xss
    }

    @GET
    @Path("claims/{claimId}/documents/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("claimId") long claimId, @PathParam("name") String name,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        requireBroker(authorization);
        return Response.ok(documentService.openDocument(claimId, name))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"document.bin\"").build();
    }

    @GET
    @Path("documents/{documentId}/link")
    public Map<String, String> downloadLink(@PathParam("documentId") long documentId,
                                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireBroker(authorization);
        return Map.of("url", security.signedDownloadLink(documentId));
    }

    @GET
    @Path("exports")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response export(@QueryParam("file") String exportName,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        requireBroker(authorization);
        return Response.ok(documentService.openExport(exportName)).build();
    }

    @POST
    @Path("claims/{claimId}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentRecord importFromUrl(@PathParam("claimId") long claimId, Map<String, String> body,
                                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        requireBroker(authorization);
        return documentService.importFromUrl(claimId, body.get("url"));
    }

    @POST
    @Path("claims/{claimId}/bundles")
    @Consumes("application/zip")
    public Map<String, Object> uploadBundle(@PathParam("claimId") long claimId, InputStream zip,
                                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws Exception {
        requireBroker(authorization);
        List<String> files = documentService.extractEvidenceBundle(claimId, zip);
        return Map.of("claimId", claimId, "files", files);
    }

    // ---- partner exchange ----

    @PUT
    @Path("inbox/{partnerId}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response inbox(@PathParam("partnerId") String partnerId, @HeaderParam("X-Harbor-Filename") String fileName,
                          InputStream content) throws Exception {
        if (fileName == null || !INBOX_FILE_NAME.matcher(fileName).matches()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "invalid file name")).build();
        }
        java.nio.file.Path stored = documentService.receiveInboxFile(partnerId, fileName, content);
        return Response.accepted(Map.of("stored", stored.getFileName().toString())).build();
    }

    @POST
    @Path("batches/{partnerId}")
    @Consumes("application/zip")
    public Map<String, Object> uploadBatch(@PathParam("partnerId") String partnerId, InputStream zip) throws Exception {
        return Map.of("partner", partnerId, "files", documentService.ingestPartnerBatch(partnerId, zip));
    }

    @POST
    @Path("batches/{partnerId}/pull")
    public Map<String, Object> pullBatch(@PathParam("partnerId") String partnerId, @QueryParam("batchId") String batchId)
            throws Exception {
        return Map.of("partner", partnerId, "files", documentService.pullPartnerBatch(partnerId, batchId));
    }

    @POST
    @Path("acord")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, String> acordSubmission(InputStream xml) throws Exception {
        return documentService.summariseAcordSubmission(xml);
    }

    @POST
    @Path("acord/status")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, String> acordStatus(InputStream xml) throws Exception {
        return Map.of("status", documentService.acordStatus(xml));
    }

    @GET
    @Path("partners/{code}/contact")
    public Map<String, String> partnerContact(@PathParam("code") String code) throws Exception {
        return Map.of("code", code, "email", documentService.partnerContact(code));
    }

    @GET
    @Path("partners/{code}/name")
    public Map<String, String> partnerName(@PathParam("code") String code) throws Exception {
        return Map.of("code", code, "name", documentService.partnerDisplayName(code));
    }

    @POST
    @Path("snapshots/legacy")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public ClaimSnapshot legacySnapshot(InputStream body) throws Exception {
        return documentService.importLegacySnapshot(body);
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public ClaimSnapshot snapshot(InputStream body) throws Exception {
        return documentService.importSnapshot(body);
    }

    @GET
    @Path("handoff")
    public Response handoff(@QueryParam("dest") @DefaultValue("home") String dest) {
        return Response.seeOther(HANDOFF_TARGETS.getOrDefault(dest, DEFAULT_HANDOFF)).build(); // SAFE redirect
    }

    private static String escapeHtml(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}

package com.moorgate.resources;

import com.moorgate.client.WebhookClient;
import com.moorgate.db.SurveyorDao;
import com.moorgate.security.UrlPolicy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Self-service registration of a surveyor firm's callback endpoint.
 */
@Path("/surveyors/{id}/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class WebhookResource {

    private final SurveyorDao surveyors;
    private final UrlPolicy urlPolicy;
    private final WebhookClient webhookClient;

    public WebhookResource(SurveyorDao surveyors, UrlPolicy urlPolicy, WebhookClient webhookClient) {
        this.surveyors = surveyors;
        this.urlPolicy = urlPolicy;
        this.webhookClient = webhookClient;
    }

    @PUT
    public Response register(@PathParam("id") UUID surveyorId, @FormParam("url") String url) {
        surveyors.findById(surveyorId).orElseThrow(NotFoundException::new);
        if (!urlPolicy.isPartnerUrl(url)) {
            return Response.status(422).entity(Map.of("error", "Callback must be hosted on the partner hook domain")).build();
        }
        surveyors.saveCallbackUrl(surveyorId, url);
        return Response.noContent().build();
    }

    @POST
    @Path("/test")
    public Map<String, Object> test(@PathParam("id") UUID surveyorId, @FormParam("url") String url) throws IOException {
        surveyors.findById(surveyorId).orElseThrow(NotFoundException::new);
        int status = webhookClient.ping(url);
        return Map.of("status", status);
    }
}

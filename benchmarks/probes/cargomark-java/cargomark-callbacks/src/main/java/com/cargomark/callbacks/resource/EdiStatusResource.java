package com.cargomark.callbacks.resource;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.cargomark.callbacks.auth.CarrierIdentity;
import com.cargomark.callbacks.edi.EdiMessageParser;
import com.cargomark.callbacks.edi.StatusMessage;
import com.cargomark.callbacks.messaging.EventPublisher;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/edi")
public class EdiStatusResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private EdiMessageParser parser;

    @Inject
    private EventPublisher publisher;

    @POST
    @Path("/iftsta")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public Response iftsta(InputStream body, @Context SecurityContext security) throws Exception {
        CarrierIdentity carrier = (CarrierIdentity) security.getUserPrincipal();
        List<StatusMessage> messages = parser.parse(body);
        for (StatusMessage m : messages) {
            String json = JSON.writeValueAsString(Map.of(
                    "scac", carrier.scac(),
                    "trackingNumber", String.valueOf(m.containerNumber()),
                    "eventCode", String.valueOf(m.statusCode()),
                    "location", String.valueOf(m.location())));
            publisher.publishTracking(carrier.scac(), json);
        }
        return Response.ok(Map.of("accepted", messages.size())).build();
    }
}

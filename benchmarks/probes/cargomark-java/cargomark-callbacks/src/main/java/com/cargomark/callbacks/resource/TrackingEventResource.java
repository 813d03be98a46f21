package com.cargomark.callbacks.resource;

import java.io.IOException;

import com.cargomark.callbacks.auth.CarrierIdentity;
import com.cargomark.callbacks.messaging.EventPublisher;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1")
public class TrackingEventResource {

    private static final int MAX_PAYLOAD = 256 * 1024;

    @Inject
    private EventPublisher publisher;

    @POST
    @Path("/tracking-events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response trackingEvent(String body, @Context SecurityContext security) throws IOException {
        if (body == null || body.isBlank() || body.length() > MAX_PAYLOAD) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        CarrierIdentity carrier = (CarrierIdentity) security.getUserPrincipal();
        publisher.publishTracking(carrier.scac(), body);
        return Response.accepted().build();
    }

    @POST
    @Path("/booking-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bookingUpdate(String body, @Context SecurityContext security) throws IOException {
        if (body == null || body.isBlank() || body.length() > MAX_PAYLOAD) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        CarrierIdentity carrier = (CarrierIdentity) security.getUserPrincipal();
        publisher.publishBooking(carrier.scac(), body);
        return Response.accepted().build();
    }
}

package com.cargomark.callbacks.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import com.cargomark.callbacks.auth.CarrierIdentity;
import com.cargomark.callbacks.storage.PodStorage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/pod")
public class ProofOfDeliveryResource {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("^[A-Z0-9]{6,30}$");

    @Inject
    private PodStorage storage;

    @PUT
    @Path("/{trackingNumber}")
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("trackingNumber") String trackingNumber,
                           @HeaderParam("X-Document-Name") String documentName,
                           @Context SecurityContext security,
                           InputStream body) throws IOException {
        if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "invalid tracking number")).build();
        }
        CarrierIdentity carrier = (CarrierIdentity) security.getUserPrincipal();
        String stored = storage.save(carrier.scac(), trackingNumber, documentName, body);
        return Response.created(URI.create("/callbacks/v1/pod/" + trackingNumber))
                .entity(Map.of("stored", stored))
                .build();
    }
}

package coop.pressworks.bottling.resources;

import coop.pressworks.bottling.api.BottlingApi.Shipment;
import coop.pressworks.bottling.api.BottlingApi.TrackingStatus;
import coop.pressworks.bottling.service.ShipmentService;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;

@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private final ShipmentService shipments;

    public ShipmentResource(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @POST
    @Path("/{shipmentId}/dispatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Shipment dispatch(@PathParam("shipmentId") long shipmentId, @FormParam("trackingNumber") String tracking) {
        if (tracking == null || tracking.isBlank()) {
            throw new BadRequestException("trackingNumber is required");
        }
        return shipments.dispatch(shipmentId, tracking.trim());
    }

    @GET
    @Path("/{shipmentId}/tracking")
    public TrackingStatus tracking(@PathParam("shipmentId") long shipmentId) throws IOException {
        return shipments.tracking(shipmentId);
    }
}

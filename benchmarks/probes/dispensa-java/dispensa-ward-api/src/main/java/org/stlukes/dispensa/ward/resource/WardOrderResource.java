package org.stlukes.dispensa.ward.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import org.stlukes.dispensa.ward.dto.WardOrderView;
import org.stlukes.dispensa.ward.model.OrderFilter;
import org.stlukes.dispensa.ward.service.WardOrderService;

import java.util.List;
import java.util.Map;

@Path("/api/wards/{wardCode}/orders")
@Produces(MediaType.APPLICATION_JSON)
public class WardOrderResource {

    @Inject
    WardOrderService orderService;

    @GET
    public List<WardOrderView> list(@PathParam("wardCode") String wardCode,
                                    @QueryParam("status") String status,
                                    @Context UriInfo uriInfo) {
        String requestedBy = uriInfo.getQueryParameters().getFirst("requestedBy");
        OrderFilter filter = OrderFilter.builder()
                .ward(wardCode)
                .status(status)
                .requestedBy(requestedBy)
                .limit(100)
                .build();
        return orderService.findOrders(filter);
    }

    @GET
    @Path("/open-count")
    public Map<String, Long> openCount(@PathParam("wardCode") String wardCode) {
        return Map.of("open", orderService.countOpen(wardCode));
    }
}

package org.hemalink.orders;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hemalink.auth.TokenService;
import org.hemalink.auth.TokenService.CourierClaims;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService service;

    @Inject
    TokenService tokens;

    @POST
    @Path("/partner/orders")
    public Map<String, Object> place(@CookieParam("hm_partner") String session, OrderService.PlaceOrder request) {
        requirePartner(session);
        HospitalOrder order = service.place(request);
        return Map.of("orderId", order.id, "status", order.status.name());
    }

    @GET
    @Path("/partner/hospitals/{code}/orders")
    public List<OrderView> open(@CookieParam("hm_partner") String session, @PathParam("code") String hospitalCode) {
        requirePartner(session);
        return service.openOrders(hospitalCode).stream().map(OrderView::of).toList();
    }

    @POST
    @Path("/orders/{id}/dispatch")
    public Map<String, Object> dispatch(@PathParam("id") long id, OrderService.Dispatch request) throws Exception {
        HospitalOrder order = service.dispatch(id, request);
        return Map.of("orderId", order.id, "status", order.status.name());
    }

    /** Called by courier handhelds when a box is collected from the issue desk. */
    @POST
    @Path("/courier/orders/{id}/handover")
    public Response handover(@PathParam("id") long orderId, @HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new NotAuthorizedException("Bearer");
        }
        CourierClaims courier = tokens.verifyCourierToken(authorization.substring(7).trim());
        service.confirmHandover(orderId, courier.courierId());
        return Response.noContent().build();
    }

    /** Hospital lab users sign in through the partner portal, which sets the hm_partner cookie. */
    private TokenService.StaffPrincipal requirePartner(String session) {
        if (session == null || session.isBlank()) {
            throw new NotAuthorizedException("Cookie");
        }
        return tokens.verifyStaffToken(session)
                .filter(p -> p.roles() != null && p.roles().contains("partner"))
                .orElseThrow(() -> new NotAuthorizedException("Cookie"));
    }

    public record OrderView(long id, String component, String bloodGroup, int quantity, String urgency, String status) {
        static OrderView of(HospitalOrder o) {
            return new OrderView(o.id, o.component, o.bloodGroup, o.quantity, o.urgency.name(), o.status.name());
        }
    }
}

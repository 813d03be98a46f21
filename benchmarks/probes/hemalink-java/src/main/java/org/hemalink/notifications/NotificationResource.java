package org.hemalink.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hemalink.donor.Donor;
import org.hemalink.donor.DonorService;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    DonorService donors;

    public static class TemplateBody {
        public String subject;
        public String body;
    }

    @PUT
    @Path("/templates/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> save(@PathParam("code") String code, TemplateBody payload,
                                    @HeaderParam("X-Staff-Id") String staffId) {
        if (!code.matches("^[a-z0-9-]{3,40}$")) {
            throw new IllegalArgumentException("template code must be lower-case letters, digits and dashes");
        }
        NotificationTemplate t = notifications.saveTemplate(code, payload.subject, payload.body, staffId);
        return Map.of("id", t.id, "code", t.code);
    }

    @POST
    @Path("/templates/{code}/preview")
    @Produces(MediaType.TEXT_PLAIN)
    public String preview(@PathParam("code") String code, @QueryParam("donorId") long donorId) {
        Donor donor = donors.require(donorId);
        return notifications.renderCustom(code, donor);
    }

    @POST
    @Path("/standard/{name}/preview")
    @Produces(MediaType.TEXT_PLAIN)
    public String previewStandard(@PathParam("name") String name, @QueryParam("donorId") long donorId) {
        Donor donor = donors.require(donorId);
        return notifications.renderStandard(name, donor);
    }
}

package org.hemalink.hospital;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.hemalink.orders.OrderRepository;

@Path("/hospitals")
public class HospitalResource {

    @Inject
    HospitalService service;

    @Inject
    OrderRepository orders;

    @Inject
    @Location("hospitals/detail.html")
    Template detailPage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> register(HospitalService.Registration form) {
        Hospital h = service.register(form);
        return Map.of("id", h.id, "code", h.code);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id) {
        Hospital h = service.require(id);
        return detailPage.data("hospital", h).data("orders", orders.openForHospital(h.id));
    }

    @POST
    @Path("/{id}/connectivity-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> connectivity(@PathParam("id") long id, @FormParam("endpoint") String endpoint) {
        String answer = service.checkConnectivity(id, endpoint);
        return Map.of("endpoint", endpoint, "answer", answer == null ? "" : answer);
    }

    @POST
    @Path("/{id}/accreditation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> accreditation(@PathParam("id") long id, @FormParam("registryId") String registryId) {
        Hospital h = service.verifyAccreditation(id, registryId);
        return Map.of("id", h.id, "accreditedUntil", String.valueOf(h.accreditedUntil));
    }
}

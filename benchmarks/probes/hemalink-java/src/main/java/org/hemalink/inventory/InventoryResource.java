package org.hemalink.inventory;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @Inject
    InventoryService service;

    @GET
    @Path("/stock")
    public List<BloodUnit> stock(@QueryParam("component") String component, @QueryParam("group") String group) throws Exception {
        return service.stock(component, group);
    }

    @GET
    @Path("/expiring")
    public List<BloodUnit> expiring(@QueryParam("days") @DefaultValue("3") int days) throws Exception {
        return service.expiring(days);
    }

    @GET
    @Path("/units/{din}")
    public BloodUnit unit(@PathParam("din") String din) throws Exception {
        return service.unit(din);
    }

    @POST
    @Path("/units/{din}/label")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response label(@PathParam("din") String din,
                          @FormParam("printer") String printer,
                          @FormParam("media") @DefaultValue("isbt-100x100") String media,
                          @FormParam("copies") @DefaultValue("1") int copies,
                          @HeaderParam("X-Staff-Id") String staffId) {
        LabelJob job = service.queueLabel(din, printer, media, copies, staffId);
        return Response.accepted(Map.of("unit", job.unitNumber(), "printer", job.printer())).build();
    }

    @POST
    @Path("/labels/shift")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Map<String, Object> shiftLabels(@FormParam("printer") String printer, @FormParam("units") String units) throws Exception {
        List<String> dins = Arrays.stream(units.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        int rc = service.printShiftLabels(printer, dins);
        return Map.of("printed", dins.size(), "status", rc);
    }
}

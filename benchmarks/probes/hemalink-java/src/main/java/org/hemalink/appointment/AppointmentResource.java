package org.hemalink.appointment;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/appointments")
public class AppointmentResource {

    private static final Map<String, String> AFTER_CANCEL = Map.of(
            "calendar", "/appointments/calendar",
            "portal", "/portal/home",
            "sessions", "/staff/sessions");

    @Inject
    AppointmentService service;

    @Inject
    @Location("appointments/confirmation.html")
    Template confirmationPage;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@BeanParam AppointmentService.BookingForm request) {
        Appointment booked = service.book(request);
        return service.redirectAfterBooking(booked, request.returnTo);
    }

    @GET
    @Path("/{ref}/confirmation")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmation(@PathParam("ref") String reference) {
        Appointment a = service.requireByReference(reference);
        return confirmationPage.data("appointment", a).data("donor", a.donor);
    }

    @POST
    @Path("/{ref}/cancel")
    public Response cancel(@PathParam("ref") String reference, @QueryParam("then") String then) {
        service.cancel(reference);
        String destination = AFTER_CANCEL.getOrDefault(then == null ? "" : then, "/");
        return Response.seeOther(URI.create(destination)).build(); // SAFE redirect
    }

    @GET
    @Path("/mine")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AppointmentView> mine(@CookieParam("hm_portal") String portalToken) {
        return service.forPortalSession(portalToken).stream().map(AppointmentView::of).toList();
    }

    @GET
    @Path("/sessions/{centre}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AppointmentView> session(@PathParam("centre") String centre, @QueryParam("day") String day) {
        LocalDate date = day == null ? LocalDate.now() : LocalDate.parse(day);
        return service.sessionList(centre, date).stream().map(AppointmentView::of).toList();
    }

    public record AppointmentView(String reference, String centre, String slot, String type, String status) {
        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.bookingReference, a.centreName, a.slotStart.toString(),
                    a.donationType.name(), a.status.name());
        }
    }
}

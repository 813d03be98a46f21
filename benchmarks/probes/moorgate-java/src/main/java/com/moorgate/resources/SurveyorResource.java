package com.moorgate.resources;

import com.moorgate.api.Surveyor;
import com.moorgate.db.SurveyorDao;
import com.moorgate.security.UnderwriterDirectory;
import com.moorgate.service.SurveyorScheduler;
import com.moorgate.web.TemplateRenderer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.naming.NamingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/surveyors")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyorResource {

    private final SurveyorScheduler scheduler;
    private final SurveyorDao surveyors;
    private final TemplateRenderer templates;
    private final UnderwriterDirectory directory;

    public SurveyorResource(SurveyorScheduler scheduler, SurveyorDao surveyors, TemplateRenderer templates,
                            UnderwriterDirectory directory) {
        this.scheduler = scheduler;
        this.surveyors = surveyors;
        this.templates = templates;
        this.directory = directory;
    }

    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@FormParam("claimId") UUID claimId,
                         @FormParam("surveyorId") UUID surveyorId,
                         @FormParam("port") String portCode,
                         @FormParam("date") String date,
                         @FormParam("printer") String printer,
                         @FormParam("tray") String tray,
                         @FormParam("notifyFirm") @DefaultValue("true") boolean notifyFirm) throws IOException {
        if (claimId == null || surveyorId == null || portCode == null) {
            throw new BadRequestException("claimId, surveyorId and port are required");
        }
        LocalDate requested;
        try {
            requested = date == null ? LocalDate.now().plusDays(1) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date must be YYYY-MM-DD");
        }
        SurveyorScheduler.Booking booking = scheduler.book(claimId, surveyorId, portCode.trim(), requested, printer, tray, notifyFirm);
        return Response.accepted(booking).build();
    }

    @PUT
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateNotes(@PathParam("id") UUID id, @FormParam("notes") String notes) {
        surveyors.findById(id).orElseThrow(NotFoundException::new);
        surveyors.updateNotes(id, notes);
        return Response.noContent().build();
    }

    @GET
    @Path("/port/{port}/schedule")
    @Produces(MediaType.TEXT_HTML)
    public String schedulePage(@PathParam("port") String port, @HeaderParam("X-Moorgate-Desk") String desk) {
        List<Surveyor> team = surveyors.listForPort(port);
        Map<String, Object> model = new HashMap<>();
        model.put("port", port);
        model.put("desk", desk == null ? "Marine" : desk);
        model.put("surveyors", team);
        model.put("generated", LocalDate.now().toString());
        return templates.render("surveyor_schedule.ftlh", model);
    }

    @GET
    @Path("/underwriters")
    public List<UnderwriterDirectory.Underwriter> underwriters(@QueryParam("email") String email,
                                                               @QueryParam("uid") String uid) throws NamingException {
        if (uid != null && !uid.isBlank()) {
            return directory.searchByUid(uid.trim());
        }
        if (email != null && !email.isBlank()) {
            return directory.searchByEmail(email.trim());
        }
        throw new BadRequestException("email or uid required");
    }
}

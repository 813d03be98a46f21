package org.hemalink.donor;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.time.LocalDate;
import org.hemalink.appointment.Appointment;
import org.hemalink.donor.PreferencesCodec.DisplayPreferences;

@Path("/api/donors")
@Produces(MediaType.APPLICATION_JSON)
public class DonorResource {

    public record DonorSummary(long id, String donorNumber, String name, String bloodGroup, LocalDate lastDonation, boolean eligibleToday) {

        static DonorSummary of(Donor d) {
            return new DonorSummary(d.id, d.donorNumber, d.displayName(), d.bloodGroup, d.lastDonationDate,
                    d.isEligibleOn(LocalDate.now()));
        }
    }

    @Inject
    DonorService service;

    @Inject
    PreferencesCodec preferences;

    @Inject
    @Location("donors/profile.html")
    Template profilePage;

    @GET
    public List<DonorSummary> search(@QueryParam("name") String name,
                                     @QueryParam("postcode") String postcode,
                                     @QueryParam("group") String group,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("limit") @DefaultValue("50") int limit) {
        DonorSearchCriteria criteria = new DonorSearchCriteria(name, postcode, group, sort, page, limit);
        return service.search(criteria).stream().map(DonorSummary::of).toList();
    }

    @GET
    @Path("/campaign")
    public List<DonorSummary> campaign(@QueryParam("group") String group, @QueryParam("sort") String sort) {
        return service.campaignCandidates(group, sort).stream().map(DonorSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    public DonorSummary get(@PathParam("id") long id) {
        return DonorSummary.of(service.require(id));
    }

    @PUT
    @Path("/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public DonorSummary updateProfile(@PathParam("id") long id, DonorService.ProfileUpdate update) {
        return DonorSummary.of(service.updateProfile(id, update));
    }

    @GET
    @Path("/{id}/photo")
    @Produces("image/jpeg")
    public byte[] photo(@PathParam("id") long id) throws IOException {
        return service.photo(id);
    }

    @GET
    @Path("/{id}/consent/{form}")
    @Produces("application/pdf")
    public byte[] consent(@PathParam("id") long id, @PathParam("form") String form) throws IOException {
        return service.consentForm(id, form);
    }

    @GET
    @Path("/{id}/page")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") long id, @CookieParam("hm_prefs") String prefsCookie) {
        Donor donor = service.require(id);
        DisplayPreferences prefs = preferences.fromCookie(prefsCookie);
        return profilePage.data("donor", donor)
                .data("prefs", prefs)
                .data("upcoming", Appointment.upcomingForDonor(donor.id));
    }

    @POST
    @Path("/{id}/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response savePreferences(@PathParam("id") long id, DisplayPreferences prefs) {
        service.require(id);
        NewCookie cookie = new NewCookie.Builder("hm_prefs")
                .value(preferences.toCookie(prefs))
                .path("/")
                .httpOnly(true)
                .secure(true)
                .maxAge(60 * 60 * 24 * 365)
                .build();
        return Response.noContent().cookie(cookie).build();
    }
}

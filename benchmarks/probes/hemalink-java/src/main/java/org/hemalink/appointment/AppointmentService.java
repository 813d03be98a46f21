package org.hemalink.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hemalink.auth.TokenService;
import org.hemalink.common.Codes;
import org.hemalink.common.UrlPolicy;
import org.hemalink.donor.Donor;
import org.hemalink.donor.DonorRepository;

@ApplicationScoped
public class AppointmentService {

    /** Booking form posted by the public donate.hemalink.org site and by partner landing pages. */
    public static class BookingForm {
        @FormParam("donorNumber")
        public String donorNumber;
        @FormParam("centre")
        public String centreCode;
        @FormParam("slot")
        public String slot;
        @FormParam("type")
        public String donationType;
        @FormParam("note")
        public String note;
        @FormParam("returnTo")
        public String returnTo;
    }

    private static final Map<String, String> CENTRES = Map.of(
            "LDS01", "Leeds City Donor Centre",
            "SHF02", "Sheffield Moorfoot",
            "YRK01", "York Community Session",
            "HUL03", "Hull Ferensway");

    @Inject
    DonorRepository donors;

    @Inject
    TokenService tokens;

    @Transactional
    public Appointment book(BookingForm request) {
        Donor donor = donors.findByDonorNumber(request.donorNumber)
                .orElseThrow(() -> new IllegalArgumentException("unknown donor number"));
        String centre = request.centreCode == null ? "" : request.centreCode.toUpperCase(Locale.ROOT);
        if (!CENTRES.containsKey(centre)) {
            throw new IllegalArgumentException("unknown donor centre");
        }
        LocalDateTime slot;
        try {
            slot = LocalDateTime.parse(request.slot);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("slot must be an ISO local date-time");
        }
        if (!donor.isEligibleOn(slot.toLocalDate())) {
            throw new IllegalArgumentException("donor is not eligible until " + donor.nextEligibleDate());
        }
        if (!Appointment.slotHasCapacity(centre, slot)) {
            throw new IllegalArgumentException("slot is full");
        }
        Appointment a = new Appointment();
        a.donor = donor;
        a.centreCode = centre;
        a.centreName = CENTRES.get(centre);
        a.slotStart = slot;
        a.donationType = request.donationType == null ? Appointment.DonationType.WHOLE_BLOOD
                : Appointment.DonationType.valueOf(request.donationType.toUpperCase(Locale.ROOT));
        a.status = Appointment.Status.BOOKED;
        a.bookingReference = Codes.bookingReference();
        a.donorNote = request.note;
        a.createdAt = Instant.now();
        a.persist();
        return a;
    }

    /**
     * After a booking made from a partner landing page the donor goes back to that page;
     * otherwise they see our confirmation.
     */
    public Response redirectAfterBooking(Appointment booked, String returnTo) {
        if (returnTo != null && !returnTo.isBlank()) {
            URI target = URI.create(returnTo.trim());
            if (UrlPolicy.isHemalinkHost(target)) {
                return Response.seeOther(target).build(); // VULN redirect
            }
        }
        return Response.seeOther(URI.create("/appointments/" + booked.bookingReference + "/confirmation")).build();
    }

    @Transactional
    public Appointment cancel(String reference) {
        Appointment a = requireByReference(reference);
        if (a.status == Appointment.Status.BOOKED) {
            a.status = Appointment.Status.CANCELLED;
        }
        return a;
    }

    public Appointment requireByReference(String reference) {
        return Appointment.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("booking " + reference));
    }

    public List<Appointment> forPortalSession(String portalToken) {
        String donorNumber = tokens.donorFromPortalToken(portalToken)
                .orElseThrow(() -> new NotAuthorizedException("portal session expired"));
        Donor donor = donors.findByDonorNumber(donorNumber)
                .orElseThrow(() -> new NotAuthorizedException("unknown donor"));
        return Appointment.upcomingForDonor(donor.id);
    }

    public List<Appointment> sessionList(String centreCode, LocalDate day) {
        return Appointment.forCentreOn(centreCode.toUpperCase(Locale.ROOT), day);
    }
}

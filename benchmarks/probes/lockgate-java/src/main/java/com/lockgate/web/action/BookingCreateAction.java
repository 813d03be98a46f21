package com.lockgate.web.action;

import com.lockgate.model.Booking;
import com.lockgate.service.BookingService;
import com.lockgate.util.LockCodes;
import com.lockgate.util.UrlGuard;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;
import org.apache.struts2.ServletActionContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Skipper books a passage slot. Form posted from the lock page or the route planner.
 */
public class BookingCreateAction extends ActionSupport {

    private String lockCode;
    private String registrationNo;
    private String slot;
    private String travel;
    private String next;

    private Booking booking;
    private final BookingService bookings = new BookingService();

    @Override
    public String execute() throws IOException {
        Map<String, Object> session = ActionContext.getContext().getSession();
        String email = (String) session.get("skipperEmail");
        if (email == null) {
            addActionError("Please sign in to book a passage");
            return LOGIN;
        }
        if (!LockCodes.isLockCode(lockCode)) {
            addFieldError("lockCode", "Unknown lock");
            return INPUT;
        }
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(slot);
        } catch (DateTimeParseException | NullPointerException e) {
            addFieldError("slot", "Pick a slot from the list");
            return INPUT;
        }
        try {
            booking = bookings.create(lockCode, registrationNo, email, when, travel);
        } catch (IllegalArgumentException | IllegalStateException e) {
            addActionError(e.getMessage());
            return INPUT;
        }
        String target = UrlGuard.localOrHome(next);
        String sep = target.contains("?") ? "&" : "?";
        String location = target + sep + "ref=" + URLEncoder.encode(booking.getConfirmationCode(), StandardCharsets.UTF_8);
        ServletActionContext.getResponse().sendRedirect(location); // SAFE redirect
        return NONE;
    }

    public Booking getBooking() { return booking; }

    public void setLockCode(String lockCode) { this.lockCode = lockCode; }
    public void setRegistrationNo(String registrationNo) { this.registrationNo = registrationNo; }
    public void setSlot(String slot) { this.slot = slot; }
    public void setTravel(String travel) { this.travel = travel; }
    public void setNext(String next) { this.next = next; }
}

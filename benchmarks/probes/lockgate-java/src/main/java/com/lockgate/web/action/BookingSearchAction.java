package com.lockgate.web.action;

import com.lockgate.model.Booking;
import com.lockgate.service.BookingService;
import com.lockgate.service.PricingService;
import com.lockgate.service.ViewRenderer;
import com.opensymphony.xwork2.ActionSupport;
import org.apache.struts2.ServletActionContext;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeper view of upcoming bookings at a lock: /bookings/search.action?lockCode=HL21&sort=...
 */
public class BookingSearchAction extends ActionSupport {

    private String lockCode;
    private String sort;
    private String dir;
    private double lengthMetres;
    private double beamMetres = 2.1;

    private final BookingService bookings = new BookingService();
    private final PricingService pricing = new PricingService();

    @Override
    public String execute() throws IOException {
        if (lockCode == null || lockCode.isBlank()) {
            addActionError("Choose a lock first");
            return INPUT;
        }
        List<Booking> results = bookings.search(lockCode.trim(), sort, dir);

        Map<String, Object> vars = new HashMap<>();
        vars.put("lockCode", lockCode);
        vars.put("sort", sort == null ? "slot" : sort);
        vars.put("bookings", results);
        if (lengthMetres > 0) {
            vars.put("estimatePence", pricing.estimate(lengthMetres, beamMetres));
        }
        HttpServletResponse response = ServletActionContext.getResponse();
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(ViewRenderer.get().page("booking_list", vars));
        return NONE;
    }

    public void setLockCode(String lockCode) { this.lockCode = lockCode; }
    public void setSort(String sort) { this.sort = sort; }
    public void setDir(String dir) { this.dir = dir; }
    public void setLengthMetres(double lengthMetres) { this.lengthMetres = lengthMetres; }
    public void setBeamMetres(double beamMetres) { this.beamMetres = beamMetres; }

    public String getLockCode() { return lockCode; }
}

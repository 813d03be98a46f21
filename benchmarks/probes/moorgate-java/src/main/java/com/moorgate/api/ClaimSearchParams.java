package com.moorgate.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/**
 * Query-string parameters accepted by the claims listing, bound with {@code @BeanParam}.
 */
public class ClaimSearchParams {

    @QueryParam("status")
    @DefaultValue("OPEN")
    private String status;

    @QueryParam("carrier")
    private String carrier;

    @QueryParam("sort")
    @DefaultValue("created")
    private String sort;

    @QueryParam("dir")
    @DefaultValue("desc")
    private String direction;

    @QueryParam("page")
    @DefaultValue("0")
    private int page;

    @QueryParam("size")
    @DefaultValue("50")
    private int size;

    @HeaderParam("X-Moorgate-Desk")
    private String desk;

    public String getStatus() { return status; }
    public String getCarrier() { return carrier; }
    public String getSort() { return sort; }
    public String getDirection() { return direction; }
    public int getPage() { return Math.max(page, 0); }
    public int getSize() { return Math.min(Math.max(size, 1), 200); }
    public String getDesk() { return desk; }
}

package com.claimwright.api;

import jakarta.ws.rs.*;

public class AdjusterFilterParams {

    @PathParam("adjusterId") private String adjusterId;
    @QueryParam("orderBy") @DefaultValue("loss_date DESC") private String orderBy;
    @QueryParam("lossType") @DefaultValue("AUTO") private String lossType;
    @HeaderParam("X-Adjuster-Region") private String region;

    public String adjusterId() { return adjusterId; }
    public String orderBy() { return orderBy; }
    public String lossType() { return lossType; }
    public String region() { return region; }
}

package com.quarrystone.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Message placed on the route-planning topic when a dispatch is booked. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class RouteJob {

    private long dispatchId;
    private String originSite;
    private String destinationPostcode;
    private String vehicleProfile;

    public RouteJob() {
    }

    public RouteJob(long dispatchId, String originSite, String destinationPostcode, String vehicleProfile) {
        this.dispatchId = dispatchId;
        this.originSite = originSite;
        this.destinationPostcode = destinationPostcode;
        this.vehicleProfile = vehicleProfile;
    }

    public long getDispatchId() { return dispatchId; }
    public void setDispatchId(long dispatchId) { this.dispatchId = dispatchId; }
    public String getOriginSite() { return originSite; }
    public void setOriginSite(String originSite) { this.originSite = originSite; }
    public String getDestinationPostcode() { return destinationPostcode; }
    public void setDestinationPostcode(String destinationPostcode) { this.destinationPostcode = destinationPostcode; }
    public String getVehicleProfile() { return vehicleProfile; }
    public void setVehicleProfile(String vehicleProfile) { this.vehicleProfile = vehicleProfile; }
}

package com.lockgate.model;

/**
 * A berth or visitor mooring in a marina basin.
 */
public class Mooring {

    private long id;
    private String basin;
    private String berthRef;
    private double maxLengthMetres;
    private boolean electricHookup;
    private String operatorName;
    private String website;
    private Long occupantBoatId;
    private int nightlyPence;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getBasin() { return basin; }
    public void setBasin(String basin) { this.basin = basin; }

    public String getBerthRef() { return berthRef; }
    public void setBerthRef(String berthRef) { this.berthRef = berthRef; }

    public double getMaxLengthMetres() { return maxLengthMetres; }
    public void setMaxLengthMetres(double maxLengthMetres) { this.maxLengthMetres = maxLengthMetres; }

    public boolean isElectricHookup() { return electricHookup; }
    public void setElectricHookup(boolean electricHookup) { this.electricHookup = electricHookup; }

    public String getOperatorName() { return operatorName; }
    public void setOperatorName(String operatorName) { this.operatorName = operatorName; }

    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }

    public Long getOccupantBoatId() { return occupantBoatId; }
    public void setOccupantBoatId(Long occupantBoatId) { this.occupantBoatId = occupantBoatId; }

    public int getNightlyPence() { return nightlyPence; }
    public void setNightlyPence(int nightlyPence) { this.nightlyPence = nightlyPence; }

    public boolean isVacant() {
        return occupantBoatId == null;
    }
}

package com.lockgate.model;

import java.time.LocalDate;

/**
 * A vessel registered with the navigation authority.
 */
public class Boat {

    private long id;
    private String name;
    private String registrationNo;
    private String ownerEmail;
    private double lengthMetres;
    private double beamMetres;
    private String hullType;
    private String notes;
    private LocalDate registeredOn;

    public Boat() {
    }

    public Boat(long id, String name, String registrationNo, double lengthMetres) {
        this.id = id;
        this.name = name;
        this.registrationNo = registrationNo;
        this.lengthMetres = lengthMetres;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getRegistrationNo() { return registrationNo; }
    public void setRegistrationNo(String registrationNo) { this.registrationNo = registrationNo; }

    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }

    public double getLengthMetres() { return lengthMetres; }
    public void setLengthMetres(double lengthMetres) { this.lengthMetres = lengthMetres; }

    public double getBeamMetres() { return beamMetres; }
    public void setBeamMetres(double beamMetres) { this.beamMetres = beamMetres; }

    public String getHullType() { return hullType; }
    public void setHullType(String hullType) { this.hullType = hullType; }

    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }

    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }

    public boolean isWideBeam() {
        return beamMetres > 2.16;
    }
}

package com.cargomark.admin.model;

import java.math.BigDecimal;

public class Customer {

    private long id;
    private String name;
    private String eoriNumber;
    private String country;
    private BigDecimal creditLimit;
    private boolean blocked;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEoriNumber() { return eoriNumber; }
    public void setEoriNumber(String eoriNumber) { this.eoriNumber = eoriNumber; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public BigDecimal getCreditLimit() { return creditLimit; }
    public void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
    public boolean isBlocked() { return blocked; }
    public void setBlocked(boolean blocked) { this.blocked = blocked; }
}

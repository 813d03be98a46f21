package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "importer")
public class Importer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Importer of record number (EIN or CBP-assigned). */
    @Column(name = "ior_number", nullable = false, unique = true, length = 16)
    private String iorNumber;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "city")
    private String city;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "continuous_bond")
    private boolean continuousBond;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected Importer() {
    }

    public Importer(String iorNumber, String legalName) {
        this.iorNumber = iorNumber;
        this.legalName = legalName;
    }

    public Long getId() { return id; }
    public String getIorNumber() { return iorNumber; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public boolean isContinuousBond() { return continuousBond; }
    public void setContinuousBond(boolean continuousBond) { this.continuousBond = continuousBond; }
    public Instant getCreatedAt() { return createdAt; }
}

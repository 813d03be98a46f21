package com.tariffly.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "importer_account")
public class ImporterAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 17)
    private String eori;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "portal_password_hash", length = 200)
    private String portalPasswordHash;

    @Column(name = "edi_gateway_secret", length = 64)
    private String ediGatewaySecret;

    @Column(name = "api_key", length = 64)
    private String apiKey;

    @Column(name = "activation_code", length = 6)
    private String activationCode;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEori() { return eori; }
    public void setEori(String eori) { this.eori = eori; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getPortalPasswordHash() { return portalPasswordHash; }
    public void setPortalPasswordHash(String portalPasswordHash) { this.portalPasswordHash = portalPasswordHash; }
    public String getEdiGatewaySecret() { return ediGatewaySecret; }
    public void setEdiGatewaySecret(String ediGatewaySecret) { this.ediGatewaySecret = ediGatewaySecret; }
    public String getApiKey() { return apiKey; }
    public void setApiKey(String apiKey) { this.apiKey = apiKey; }
    public String getActivationCode() { return activationCode; }
    public void setActivationCode(String activationCode) { this.activationCode = activationCode; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}

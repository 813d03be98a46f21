package com.ledgerbay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "broker_account")
public class BrokerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", unique = true, nullable = false, length = 64)
    private String username;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "license_number", length = 12)
    private String licenseNumber;

    @Column(name = "filer_code", length = 3)
    private String filerCode;

    @Column(name = "website_url", length = 512)
    private String websiteUrl;

    @Column(name = "password_hash", length = 256)
    private String passwordHash;

    @Column(name = "reset_code", length = 16)
    private String resetCode;

    @Column(name = "reset_expires")
    private Instant resetExpires;

    @Column(name = "api_key_hash", length = 128)
    private String apiKeyHash;

    @Column(name = "role", length = 16)
    private String role = "BROKER";

    protected BrokerAccount() {
    }

    public BrokerAccount(String username, String email, String licenseNumber) {
        this.username = username;
        this.email = email;
        this.licenseNumber = licenseNumber;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getLicenseNumber() { return licenseNumber; }
    public String getFilerCode() { return filerCode; }
    public void setFilerCode(String filerCode) { this.filerCode = filerCode; }
    public String getWebsiteUrl() { return websiteUrl; }
    public void setWebsiteUrl(String websiteUrl) { this.websiteUrl = websiteUrl; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getResetCode() { return resetCode; }
    public void setResetCode(String resetCode) { this.resetCode = resetCode; }
    public Instant getResetExpires() { return resetExpires; }
    public void setResetExpires(Instant resetExpires) { this.resetExpires = resetExpires; }
    public String getApiKeyHash() { return apiKeyHash; }
    public void setApiKeyHash(String apiKeyHash) { this.apiKeyHash = apiKeyHash; }
    public String getRole() { return role; }
}

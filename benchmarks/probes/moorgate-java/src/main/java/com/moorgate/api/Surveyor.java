package com.moorgate.api;

import java.util.UUID;

public class Surveyor {
    private UUID id;
    private String username;
    private String displayName;
    private String firm;
    private String email;
    private String homePort;
    private String notes;
    private String callbackUrl;
    private String passwordHash;
    private String accessCode;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getFirm() { return firm; }
    public void setFirm(String firm) { this.firm = firm; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getHomePort() { return homePort; }
    public void setHomePort(String homePort) { this.homePort = homePort; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getCallbackUrl() { return callbackUrl; }
    public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getAccessCode() { return accessCode; }
    public void setAccessCode(String accessCode) { this.accessCode = accessCode; }
}

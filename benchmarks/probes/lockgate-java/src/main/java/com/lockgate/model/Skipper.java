package com.lockgate.model;

/**
 * A person holding a boat licence; also the login principal for the skipper portal.
 */
public class Skipper {

    private long id;
    private String email;
    private String displayName;
    private String licenceNumber;
    private String passwordHash;
    private String role = "SKIPPER";

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }

    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }

    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }

    public boolean isKeeper() {
        return "KEEPER".equals(role) || "ADMIN".equals(role);
    }
}

package com.nacelle.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "technicians")
public class Technician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_no", unique = true, nullable = false, length = 16)
    private String employeeNo;

    @Column(name = "ldap_uid", unique = true)
    private String ldapUid;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(length = 40)
    private String crew;

    @Column(columnDefinition = "text")
    private String bio;

    @Column(name = "notification_webhook")
    private String notificationWebhook;

    @Column(name = "gwo_expires_on")
    private LocalDate gwoExpiresOn;

    @Column(name = "tablet_pin_hash")
    private String tabletPinHash;

    @Column(name = "portal_password_hash")
    private String portalPasswordHash;

    @Column(name = "reset_code", length = 12)
    private String resetCode;

    @Column(name = "reset_code_expires_at")
    private Instant resetCodeExpiresAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public String getLdapUid() { return ldapUid; }
    public void setLdapUid(String ldapUid) { this.ldapUid = ldapUid; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCrew() { return crew; }
    public void setCrew(String crew) { this.crew = crew; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getNotificationWebhook() { return notificationWebhook; }
    public void setNotificationWebhook(String notificationWebhook) { this.notificationWebhook = notificationWebhook; }
    public LocalDate getGwoExpiresOn() { return gwoExpiresOn; }
    public void setGwoExpiresOn(LocalDate gwoExpiresOn) { this.gwoExpiresOn = gwoExpiresOn; }
    public String getTabletPinHash() { return tabletPinHash; }
    public void setTabletPinHash(String tabletPinHash) { this.tabletPinHash = tabletPinHash; }
    public String getPortalPasswordHash() { return portalPasswordHash; }
    public void setPortalPasswordHash(String portalPasswordHash) { this.portalPasswordHash = portalPasswordHash; }
    public String getResetCode() { return resetCode; }
    public void setResetCode(String resetCode) { this.resetCode = resetCode; }
    public Instant getResetCodeExpiresAt() { return resetCodeExpiresAt; }
    public void setResetCodeExpiresAt(Instant resetCodeExpiresAt) { this.resetCodeExpiresAt = resetCodeExpiresAt; }

    public boolean isGwoValid(LocalDate today) {
        return gwoExpiresOn != null && !gwoExpiresOn.isBefore(today);
    }
}

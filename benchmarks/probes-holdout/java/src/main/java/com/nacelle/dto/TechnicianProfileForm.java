package com.nacelle.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class TechnicianProfileForm {

    @NotBlank
    @Size(max = 120)
    private String displayName;

    @Email
    private String email;

    @Size(max = 40)
    private String crew;

    /** Free text shown on the profile page; supports basic formatting from the rich text editor. */
    @Size(max = 4000)
    private String bio;

    /** Optional webhook that receives assignment notifications (Slack / Teams / dispatch tool). */
    private String notificationWebhook;

    @Size(min = 4, max = 8)
    private String tabletPin;

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
    public String getTabletPin() { return tabletPin; }
    public void setTabletPin(String tabletPin) { this.tabletPin = tabletPin; }
}

package com.ledgerbay.struts;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.service.BrokerDirectoryService.DirectoryEntry;
import com.opensymphony.xwork2.ActionSupport;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts2.ServletActionContext;

import javax.naming.NamingException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Broker profile: contact details, public website and customs license verification.
 */
public class BrokerProfileAction extends ActionSupport {

    private static final Map<String, String> CANCEL_DESTINATIONS = Map.of(
            "dashboard", "/portal/dashboard",
            "filings", "/portal/filings.action",
            "importers", "/portal/importers.action");

    private final transient ServiceRegistry services = ServiceRegistry.get();

    private String displayName;
    private String email;
    private String websiteUrl;
    private String licenseNumber;
    private String returnUrl;
    private String dest;
    private BrokerAccount profile;
    private List<DirectoryEntry> licenseMatches = List.of();

    public String input() {
        Long brokerId = currentBroker();
        if (brokerId == null) {
            return LOGIN;
        }
        profile = services.accounts.find(brokerId).orElse(null);
        return INPUT;
    }

    public String verifyLicense() throws NamingException {
        if (currentBroker() == null) {
            return LOGIN;
        }
        if (licenseNumber == null || licenseNumber.isBlank()) {
            addFieldError("licenseNumber", getText("license.required"));
            return INPUT;
        }
        licenseMatches = services.brokerDirectory.findByLicense(licenseNumber.trim());
        return SUCCESS;
    }

    public String save() throws IOException {
        Long brokerId = currentBroker();
        if (brokerId == null) {
            return LOGIN;
        }
        profile = services.accounts.updateProfile(brokerId, displayName, email, websiteUrl);
        HttpServletResponse response = ServletActionContext.getResponse();
        if (returnUrl != null && !returnUrl.isBlank()) {
            response.sendRedirect(returnUrl); // VULN redirect
            return NONE;
        }
        addActionMessage(getText("profile.saved"));
        return INPUT;
    }

    public String cancel() throws IOException {
        String target = dest == null ? "/portal/dashboard" : CANCEL_DESTINATIONS.getOrDefault(dest, "/portal/dashboard");
        ServletActionContext.getResponse().sendRedirect(target); // SAFE redirect
        return NONE;
    }

    private Long currentBroker() {
        return (Long) ServletActionContext.getRequest().getSession().getAttribute("brokerId");
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsiteUrl() { return websiteUrl; }
    public void setWebsiteUrl(String websiteUrl) { this.websiteUrl = websiteUrl; }
    public String getLicenseNumber() { return licenseNumber; }
    public void setLicenseNumber(String licenseNumber) { this.licenseNumber = licenseNumber; }
    public String getReturnUrl() { return returnUrl; }
    public void setReturnUrl(String returnUrl) { this.returnUrl = returnUrl; }
    public String getDest() { return dest; }
    public void setDest(String dest) { this.dest = dest; }
    public BrokerAccount getProfile() { return profile; }
    public List<DirectoryEntry> getLicenseMatches() { return licenseMatches; }
}

package com.lockgate.web.action;

import com.lockgate.config.AppConfig;
import com.lockgate.model.Skipper;
import com.lockgate.repository.SkipperRepository;
import com.lockgate.security.PasswordHasher;
import com.lockgate.security.SkipperDirectory;
import com.lockgate.util.UrlGuard;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;
import org.apache.struts2.ServletActionContext;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Skipper portal sign-in. First-time users may also give their licence number so we can
 * pull their registered name from the licensing directory.
 */
public class LoginAction extends ActionSupport {

    private String email;
    private String password;
    private String licenceNumber;
    private String returnUrl;

    private final SkipperRepository skippers = new SkipperRepository();
    private final SkipperDirectory directory = new SkipperDirectory(AppConfig.get());

    @Override
    public String execute() throws IOException {
        if (email == null || password == null) {
            return INPUT;
        }
        Optional<Skipper> found = skippers.findByEmail(email.trim());
        if (found.isEmpty() || !PasswordHasher.matches(password.toCharArray(), found.get().getPasswordHash())) {
            addActionError(getText("login.failed", "Email or password not recognised"));
            return INPUT;
        }
        Skipper skipper = found.get();

        String displayName = directory.displayNameForEmail(skipper.getEmail()).orElse(skipper.getDisplayName());
        if (licenceNumber != null && !licenceNumber.isBlank()) {
            displayName = directory.displayNameForLicence(licenceNumber.trim()).orElse(displayName);
        }

        Map<String, Object> session = ActionContext.getContext().getSession();
        session.put("skipperEmail", skipper.getEmail());
        session.put("skipperRole", skipper.getRole());
        session.put("displayName", displayName);

        if (UrlGuard.isRelative(returnUrl)) {
            ServletActionContext.getResponse().sendRedirect(returnUrl); // VULN redirect
            return NONE;
        }
        return SUCCESS;
    }

    public void setEmail(String email) { this.email = email; }
    public void setPassword(String password) { this.password = password; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public void setReturnUrl(String returnUrl) { this.returnUrl = returnUrl; }

    public String getEmail() { return email; }
    public String getReturnUrl() { return returnUrl; }
}

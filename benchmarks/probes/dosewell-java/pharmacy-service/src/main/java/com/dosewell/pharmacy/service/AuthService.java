package com.dosewell.pharmacy.service;

import com.dosewell.pharmacy.integration.StaffDirectory;
import com.dosewell.pharmacy.integration.StaffMember;
import com.dosewell.pharmacy.security.TokenService;
import com.dosewell.pharmacy.util.RedirectPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.Optional;
import javax.naming.NamingException;
import org.jboss.logging.Logger;

@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    @Inject
    StaffDirectory directory;

    @Inject
    TokenService tokens;

    public LoginOutcome login(String username, String password, String returnTo) {
        if (username == null || username.isBlank() || password == null) {
            throw new NotAuthorizedException("Invalid credentials", "Form");
        }
        Optional<StaffMember> member;
        try {
            member = directory.findPharmacyMember(username.trim());
        } catch (NamingException e) {
            LOG.error("LDAP lookup failed", e);
            throw new ServiceUnavailableException("Directory unavailable");
        }
        if (member.isEmpty() || !directory.verifyPassword(member.get().dn(), password)) {
            LOG.infof("Failed login for %s", username);
            throw new NotAuthorizedException("Invalid credentials", "Form");
        }
        String token = tokens.issueSession(member.get());
        return new LoginOutcome(token, RedirectPolicy.resolveReturnTo(returnTo), member.get().displayName());
    }
}

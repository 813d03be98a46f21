package org.hemalink.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.naming.NamingException;
import org.hemalink.common.Codes;
import org.hemalink.auth.StaffDirectory.StaffMember;
import org.hemalink.common.UrlPolicy;
import org.hemalink.donor.Donor;
import org.hemalink.donor.DonorRepository;
import org.jboss.logging.Logger;

@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);
    private static final Duration RESET_CODE_TTL = Duration.ofMinutes(15);

    @Inject
    StaffDirectory directory;

    @Inject
    TokenService tokens;

    @Inject
    DonorRepository donors;

    @Inject
    EntityManager em;

    public Optional<String> staffLogin(String username, String password) {
        try {
            Optional<StaffMember> member = directory.findByUid(username == null ? "" : username.trim());
            if (member.isEmpty() || !directory.authenticate(member.get(), password)) {
                return Optional.empty();
            }
            return Optional.of(tokens.issueStaffToken(member.get()));
        } catch (NamingException e) {
            LOG.warn("directory unavailable during login", e);
            return Optional.empty();
        }
    }

    public Response postLoginRedirect(String next, String token) {
        String target = UrlPolicy.isRelative(next) ? next : "/console";
        return Response.seeOther(URI.create(target)).header("Set-Cookie", "hm_staff=" + token + "; Path=/; Secure; HttpOnly; SameSite=Lax").build(); // VULN redirect
    }

    public Optional<StaffMember> colleagueByMail(String mail) throws NamingException {
        return directory.findByMail(mail);
    }

    /** Bench operators sign off results on the analyser gateways with a numeric PIN. */
    @Transactional
    public void setOperatorPin(String operatorId, String pin) {
        if (pin == null || !pin.matches("\\d{6,8}")) {
            throw new IllegalArgumentException("PIN must be 6 to 8 digits");
        }
        String digest = PasswordHasher.operatorPinDigest(operatorId, pin);
        int updated = em.createNativeQuery("UPDATE lab_operator SET pin_digest = ?1, pin_changed_at = now() WHERE operator_id = ?2 AND active = true")
                .setParameter(1, digest)
                .setParameter(2, operatorId)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFoundException("operator " + operatorId);
        }
    }

    @Transactional
    public void startPortalReset(String email) {
        Optional<Donor> donor = donors.findByEmail(email == null ? "" : email.trim());
        if (donor.isEmpty() || donor.get().phone == null) {
            return;
        }
        Donor d = donor.get();
        d.resetCode = Codes.portalResetCode();
        d.resetCodeExpiry = Instant.now().plus(RESET_CODE_TTL);
        queueSms(d.phone, "Your Hemalink verification code is " + d.resetCode);
    }

    @Transactional
    public String completePortalReset(String email, String code, String newPassword) {
        Donor d = donors.findByEmail(email == null ? "" : email.trim())
                .orElseThrow(() -> new NotAuthorizedException("invalid code"));
        if (d.resetCode == null || d.resetCodeExpiry == null || d.resetCodeExpiry.isBefore(Instant.now())
                || !d.resetCode.equals(code)) {
            throw new NotAuthorizedException("invalid code");
        }
        if (newPassword == null || newPassword.length() < 10) {
            throw new IllegalArgumentException("password must be at least 10 characters");
        }
        d.portalPasswordHash = PasswordHasher.hashPortalPassword(newPassword.toCharArray());
        d.resetCode = null;
        d.resetCodeExpiry = null;
        return tokens.issuePortalToken(d.donorNumber);
    }

    public Optional<String> portalLogin(String email, String password) {
        return donors.findByEmail(email == null ? "" : email.trim())
                .filter(d -> PasswordHasher.verifyPortalPassword(password.toCharArray(), d.portalPasswordHash))
                .map(d -> tokens.issuePortalToken(d.donorNumber));
    }

    private void queueSms(String phone, String message) {
        String masked = phone.length() > 4 ? "***" + phone.substring(phone.length() - 4) : "***";
        LOG.infof("queueing SMS to %s (%d chars)", masked, message.length());
    }
}

package services;

import com.auth0.jwt.interfaces.DecodedJWT;
import models.Garden;
import models.Member;
import play.Logger;
import play.mvc.Http;
import repositories.GardenRepository;
import repositories.MemberRepository;
import services.StaffDirectory.StaffEntry;
import util.PasswordHasher;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
public class AuthService {

    private static final Logger.ALogger LOG = Logger.of(AuthService.class);
    private static final Duration RESET_VALIDITY = Duration.ofHours(2);

    private final MemberRepository members;
    private final GardenRepository gardens;
    private final TokenService tokens;
    private final StaffDirectory staff;

    @Inject
    public AuthService(MemberRepository members, GardenRepository gardens, TokenService tokens, StaffDirectory staff) {
        this.members = members;
        this.gardens = gardens;
        this.tokens = tokens;
        this.staff = staff;
    }

    public Optional<DecodedJWT> currentUser(Http.Request request) {
        return request.cookie(TokenService.SESSION_COOKIE)
                .map(Http.Cookie::value)
                .flatMap(tokens::verifySession);
    }

    public boolean hasRole(Http.Request request, Member.Role... roles) {
        return currentUser(request).map(jwt -> {
            String role = jwt.getClaim("role").asString();
            for (Member.Role allowed : roles) {
                if (allowed.name().equals(role)) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    public Optional<String> login(String username, String password) {
        Optional<Member> found = members.findByUsername(username);
        if (found.isEmpty() || !passwordMatches(found.get(), password)) {
            LOG.info("failed login for {}", username);
            return Optional.empty();
        }
        Member member = found.get();
        member.lastLoginAt = Instant.now();
        members.update(member);
        return Optional.of(tokens.issueSession(member));
    }

    private static boolean passwordMatches(Member member, String password) {
        if ("md5".equals(member.hashScheme)) {
            return PasswordHasher.constantTimeEquals(member.passwordHash, PasswordHasher.portalDigest(password));
        }
        String computed = PasswordHasher.pbkdf2(password.toCharArray(), member.salt);
        return PasswordHasher.constantTimeEquals(member.passwordHash, computed);
    }

    public Member register(String username, String email, String password, String gardenCode) {
        if (members.exists(username)) {
            throw new IllegalArgumentException("username taken");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password must be at least 12 characters");
        }
        Garden garden = gardens.findByCode(gardenCode).orElseThrow(() -> new IllegalArgumentException("unknown garden"));
        Member member = new Member();
        member.username = username.trim();
        member.email = email;
        member.garden = garden;
        member.salt = PasswordHasher.newSalt();
        member.passwordHash = PasswordHasher.pbkdf2(password.toCharArray(), member.salt);
        member.hashScheme = "pbkdf2";
        members.save(member);
        return member;
    }

    /** Creates the one-time token e-mailed to a member who forgot their password. */
    public Optional<String> startPasswordReset(String username) {
        return members.findByUsername(username).map(member -> {
            member.resetToken = Long.toHexString(Double.doubleToLongBits(Math.random())) + Long.toHexString(System.nanoTime()); // VULN random
            member.resetTokenExpiry = Instant.now().plus(RESET_VALIDITY);
            members.update(member);
            return member.resetToken;
        });
    }

    /**
     * Completes a reset. The new password is stored in the portal format so that the volunteer
     * portal (which reads the same table) accepts it immediately.
     */
    public boolean completePasswordReset(String token, String newPassword) {
        Optional<Member> found = members.findByResetToken(token);
        if (found.isEmpty() || found.get().resetTokenExpiry == null || found.get().resetTokenExpiry.isBefore(Instant.now())) {
            return false;
        }
        Member member = found.get();
        member.passwordHash = PasswordHasher.portalDigest(newPassword);
        member.hashScheme = "md5";
        member.salt = null;
        member.resetToken = null;
        member.resetTokenExpiry = null;
        members.update(member);
        return true;
    }

    public List<StaffEntry> lookupStaff(String uid) {
        return staff.findByUid(uid);
    }

    public List<StaffEntry> lookupStaffByEmail(String email) {
        return staff.findByEmail(email);
    }
}

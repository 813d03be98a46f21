package com.moorgate.resources;

import com.moorgate.api.Surveyor;
import com.moorgate.db.SurveyorDao;
import com.moorgate.security.AccessCodeGenerator;
import com.moorgate.security.PasswordHasher;
import com.moorgate.security.RedirectGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Form login for surveyors using the web console (staff use SSO and never reach this).
 */
@Path("/auth")
public class AuthResource {

    private static final String SESSION_COOKIE = "mg_session";

    private final PasswordHasher hasher;
    private final SurveyorDao surveyors;
    private final AccessCodeGenerator codes;
    private final Map<String, String> resetTokens = new ConcurrentHashMap<>();

    public AuthResource(PasswordHasher hasher, SurveyorDao surveyors, AccessCodeGenerator codes) {
        this.hasher = hasher;
        this.surveyors = surveyors;
        this.codes = codes;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @QueryParam("returnTo") String returnTo) {
        Optional<Surveyor> surveyor = surveyors.findByUsername(username);
        if (surveyor.isEmpty() || surveyor.get().getPasswordHash() == null
                || !hasher.accountPasswordMatches(password.toCharArray(), surveyor.get().getPasswordHash())) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        NewCookie session = new NewCookie.Builder(SESSION_COOKIE)
                .value(UUID.randomUUID().toString())
                .path("/")
                .secure(true)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        String target = RedirectGuard.isRelativePath(returnTo) ? returnTo : "/console";
        return Response.seeOther(URI.create(target)).cookie(session).build(); // VULN redirect
    }

    @GET
    @Path("/logout")
    public Response logout(@QueryParam("next") String next) {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create(RedirectGuard.sameOriginOrHome(next))).cookie(expired).build(); // SAFE redirect
    }

    @POST
    @Path("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestReset(@FormParam("username") String username) {
        surveyors.findByUsername(username).ifPresent(s -> {
            String token = codes.passwordResetToken();
            resetTokens.put(token, s.getUsername());
        });
        return Response.accepted().build();
    }

    @POST
    @Path("/reset/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response completeReset(@FormParam("token") String token, @FormParam("password") String password) {
        String username = token == null ? null : resetTokens.remove(token);
        if (username == null || password == null || password.length() < 12) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        surveyors.savePasswordHash(username, hasher.hashAccountPassword(password.toCharArray()));
        return Response.noContent().build();
    }

    /** Surveyors on site sign in to the inspection pack with the six digit code sent at booking. */
    @POST
    @Path("/access-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accessCodeLogin(@FormParam("username") String username, @FormParam("code") String code) {
        Optional<Surveyor> surveyor = surveyors.findByUsername(username);
        if (surveyor.isEmpty() || code == null || !code.equals(surveyor.get().getAccessCode())) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        surveyors.saveAccessCode(surveyor.get().getId(), null);
        NewCookie session = new NewCookie.Builder(SESSION_COOKIE)
                .value(UUID.randomUUID().toString())
                .path("/pack")
                .secure(true)
                .httpOnly(true)
                .build();
        return Response.seeOther(URI.create("/pack/" + surveyor.get().getId())).cookie(session).build();
    }
}

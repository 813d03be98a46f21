package com.dosewell.pharmacy.api;

import com.dosewell.pharmacy.security.SessionFilter;
import com.dosewell.pharmacy.service.AuthService;
import com.dosewell.pharmacy.service.LoginOutcome;
import com.dosewell.pharmacy.util.LandingPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

@Path("/auth")
public class AuthResource {

    private static final Logger LOG = Logger.getLogger(AuthResource.class);
    private static final int SESSION_MAX_AGE = 8 * 60 * 60;

    @Inject
    AuthService auth;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username,
                          @FormParam("password") String password,
                          @FormParam("returnTo") String returnTo) {
        LoginOutcome outcome = auth.login(username, password, returnTo);
        NewCookie session = sessionCookie(outcome.sessionToken(), SESSION_MAX_AGE);
        return Response.seeOther(outcome.redirect()).cookie(session).build(); // VULN redirect
    }

    @GET
    @Path("/logout")
    public Response logout(@QueryParam("next") String next,
                           @CookieParam(SessionFilter.SESSION_COOKIE) String session) {
        if (session != null) {
            LOG.debug("Clearing session cookie");
        }
        LandingPage page = LandingPage.fromKey(next);
        return Response.seeOther(page.uri()).cookie(sessionCookie("", 0)).build(); // SAFE redirect
    }

    private static NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(SessionFilter.SESSION_COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .secure(true)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.NONE)
                .build();
    }
}

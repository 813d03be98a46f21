package org.hemalink.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.hemalink.auth.StaffDirectory.StaffMember;
import org.hemalink.common.UrlPolicy;

@Path("/auth")
public class AuthResource {

    @Inject
    AuthService auth;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username,
                          @FormParam("password") String password,
                          @FormParam("next") String next) {
        String token = auth.staffLogin(username, password)
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        return auth.postLoginRedirect(next, token);
    }

    @GET
    @Path("/logout")
    public Response logout(@QueryParam("returnTo") String returnTo) {
        String target = UrlPolicy.localPathOrDefault(returnTo, UrlPolicy.HOME);
        NewCookie expired = new NewCookie.Builder("hm_staff").value("").path("/").maxAge(0).build();
        return Response.seeOther(URI.create(target)).cookie(expired).build(); // SAFE redirect
    }

    @GET
    @Path("/directory")
    @Produces(MediaType.APPLICATION_JSON)
    public StaffMember colleague(@QueryParam("mail") String mail) throws Exception {
        return auth.colleagueByMail(mail).orElseThrow(() -> new NotFoundException(mail));
    }

    @POST
    @Path("/operators/{id}/pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPin(@PathParam("id") String operatorId, @FormParam("pin") String pin) {
        auth.setOperatorPin(operatorId, pin);
        return Response.noContent().build();
    }

    @POST
    @Path("/portal/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestReset(@FormParam("email") String email) {
        auth.startPortalReset(email);
        return Response.accepted().build();
    }

    @POST
    @Path("/portal/reset/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response confirmReset(@FormParam("email") String email, @FormParam("code") String code,
                                 @FormParam("password") String password) {
        String token = auth.completePortalReset(email, code, password);
        return portalSession(token);
    }

    @POST
    @Path("/portal/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response portalLogin(@FormParam("email") String email, @FormParam("password") String password) {
        String token = auth.portalLogin(email, password == null ? "" : password)
                .orElseThrow(() -> new NotAuthorizedException("Portal"));
        return portalSession(token);
    }

    private static Response portalSession(String token) {
        NewCookie cookie = new NewCookie.Builder("hm_portal").value(token).path("/").httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) TokenService.PORTAL_TTL.toSeconds()).build();
        return Response.ok(Map.of("status", "signed-in")).cookie(cookie).build();
    }
}

package com.tollgate.gateway;

import com.tollgate.gateway.OperatorSessions.Operator;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.net.URI;
import java.util.Optional;

@Path("/operators")
public class OperatorResource {

    @Inject
    OperatorSessions sessions;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @QueryParam("returnUrl") String returnUrl) {
        Optional<Operator> operator = sessions.authenticate(username, password);
        if (operator.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).entity("invalid credentials").build();
        }
        NewCookie cookie = new NewCookie.Builder("op_session").value(sessions.open(operator.get()))
                .path("/").httpOnly(true).secure(true).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create(LoginFlow.landingPage(returnUrl))).cookie(cookie).build(); // VULN redirect
    }
}

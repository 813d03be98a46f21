package com.claimwright.api;

import com.claimwright.core.dao.*;
import com.claimwright.core.model.Claim;
import com.claimwright.core.security.*;
import com.claimwright.core.service.*;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.sql.SQLException;
import java.util.*;
import java.util.logging.Logger;
import javax.naming.NamingException;

@Path("/api/adjusters")
@Produces(MediaType.APPLICATION_JSON)
public class AdjusterResource {

    private static final Logger LOG = Logger.getLogger(AdjusterResource.class.getName());

    @Inject DirectoryService directory;
    @Inject ClaimMapper claimMapper;
    @Inject ClaimSearchService searchService;
    @Inject AccountDao accounts;
    @Inject TokenService tokens;
    @Inject PasswordHasher hasher;

    @GET @Path("/lookup")
    public Map<String, String> lookup(@QueryParam("username") String username) throws NamingException {
        return directory.findByUsername(username).orElseThrow(NotFoundException::new);
    }

    @GET @Path("/by-email")
    public Map<String, String> byEmail(@QueryParam("email") String email) throws NamingException {
        return directory.findByEmail(email).orElseThrow(NotFoundException::new);
    }

    @GET @Path("/{adjusterId}/claims")
    public List<Claim> assignedClaims(@BeanParam AdjusterFilterParams filter) {
        return claimMapper.assignedTo(filter.adjusterId(), filter.orderBy());
    }

    @GET @Path("/{adjusterId}/claims/open")
    public List<Claim> openClaims(@BeanParam AdjusterFilterParams filter) {
        return claimMapper.openByLossType(filter.lossType(), filter.region());
    }

    @GET @Path("/me/queue")
    public List<Claim> myQueue(@Context HttpServletRequest request) throws SQLException {
        return searchService.workQueue((String) request.getAttribute("adjusterId"));
    }

    @PUT @Path("/me/preferences") @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePreferences(@FormParam("sort") String sort, @Context HttpServletRequest request) throws SQLException {
        searchService.updateSortPreference((String) request.getAttribute("adjusterId"), sort);
        return Response.noContent().build();
    }

    @POST @Path("/password-reset") @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestReset(@FormParam("username") String username, @CookieParam("cw_device") String deviceId) throws SQLException {
        accounts.saveResetCode(username, tokens.newPasswordResetCode());
        LOG.info(() -> "Password reset requested for " + username + " from device " + deviceId);
        return Response.accepted().build();
    }

    @POST @Path("/partners/{accountId}/password") @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPartnerPassword(@PathParam("accountId") String accountId, @FormParam("newPassword") String newPassword)
            throws SQLException {
        if (newPassword == null || newPassword.length() < 12) {
            return Response.status(Response.Status.BAD_REQUEST).entity("Password too short").build();
        }
        accounts.updatePasswordHash(accountId, hasher.hashPartnerPassword(newPassword));
        return Response.noContent().build();
    }
}

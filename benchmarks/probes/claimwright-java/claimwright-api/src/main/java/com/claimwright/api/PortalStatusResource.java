package com.claimwright.api;

import com.claimwright.core.dao.*;
import com.claimwright.core.model.Claim;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.sql.SQLException;
import java.util.Map;

/** Read-only claim status for claimants following an e-mailed preview link. */
@Path("/api/portal/claims")
@Produces(MediaType.APPLICATION_JSON)
public class PortalStatusResource {

    @Inject ClaimJdbcDao claims;
    @Inject AccountDao accounts;

    @GET @Path("/{claimNumber}/status")
    public Map<String, Object> status(@PathParam("claimNumber") String claimNumber, @Context HttpServletRequest request) throws SQLException {
        if (!accounts.ownsClaim((String) request.getAttribute("claimantEmail"), claimNumber)) {
            throw new ForbiddenException();
        }
        Claim claim = claims.findByClaimNumber(claimNumber).orElseThrow(NotFoundException::new);
        return Map.of("claimNumber", claim.claimNumber(), "status", claim.status(), "lossDate", claim.lossDate());
    }
}

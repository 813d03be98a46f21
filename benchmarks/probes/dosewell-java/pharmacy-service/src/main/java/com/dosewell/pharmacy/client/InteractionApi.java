package com.dosewell.pharmacy.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "interaction-api")
@Path("/v2/interactions")
public interface InteractionApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    List<InteractionAlert> check(@QueryParam("ndc") List<String> ndcs);
}

package com.tollgate.gateway;

import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.*;

/** Entry point for roadside gantry controllers; passages are forwarded unchanged to the back office topic. */
@Path("/ingest")
public class GantryIngestResource {

    private static final Pattern GANTRY_ID = Pattern.compile("^G[0-9]{4}-[NSEW]$");

    @Inject
    @Channel("passages")
    Emitter<Record<String, String>> passages;

    @ConfigProperty(name = "gateway.active-gantries")
    Set<String> activeGantries;

    @POST
    @Path("/passages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response passage(@HeaderParam("X-Gantry-Id") String gantryId, String body) {
        if (gantryId == null || !GANTRY_ID.matcher(gantryId).matches() || !activeGantries.contains(gantryId)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (body == null || body.length() > 16_384) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        passages.send(Record.of(gantryId, body));
        return Response.accepted().build();
    }
}

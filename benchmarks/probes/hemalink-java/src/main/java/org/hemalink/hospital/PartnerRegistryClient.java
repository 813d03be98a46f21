package org.hemalink.hospital;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * National register of accredited transfusion laboratories.
 */
@RegisterRestClient(configKey = "partner-registry")
@Path("/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerRegistryClient {

    record FacilityRecord(String id, String name, String accreditation, LocalDate validUntil) {
    }

    @GET
    @Path("/{id}")
    FacilityRecord lookup(@PathParam("id") UUID id);
}

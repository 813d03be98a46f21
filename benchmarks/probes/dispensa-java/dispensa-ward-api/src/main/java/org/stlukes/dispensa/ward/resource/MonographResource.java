package org.stlukes.dispensa.ward.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.stlukes.dispensa.ward.service.MonographService;

@Path("/api/monographs")
@Produces(MediaType.APPLICATION_JSON)
public class MonographResource {

    @Inject
    MonographService monographService;

    @GET
    @Path("/preview")
    public MonographService.Preview preview(@QueryParam("source") String source,
                                            @CookieParam("dispensa_lang") @DefaultValue("en") String lang) {
        return monographService.preview(source, lang);
    }
}

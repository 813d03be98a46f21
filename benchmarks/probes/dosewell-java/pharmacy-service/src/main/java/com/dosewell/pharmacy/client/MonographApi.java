package com.dosewell.pharmacy.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Built dynamically with RestClientBuilder: partner monographs live under
 * different paths per manufacturer.
 */
public interface MonographApi {

    @GET
    @Produces({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    String fetch();
}

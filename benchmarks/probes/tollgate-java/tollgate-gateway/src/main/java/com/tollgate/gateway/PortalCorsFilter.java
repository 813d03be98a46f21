package com.tollgate.gateway;

import jakarta.ws.rs.container.*;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

@Provider
public class PortalCorsFilter implements ContainerResponseFilter {

    private static final Set<String> TRUSTED_ORIGINS = Set.of(
            "https://ops.tollgate.example",
            "https://portal.tollgate.example");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !TRUSTED_ORIGINS.contains(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin); // SAFE cors
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST");
        headers.add("Vary", "Origin");
    }
}

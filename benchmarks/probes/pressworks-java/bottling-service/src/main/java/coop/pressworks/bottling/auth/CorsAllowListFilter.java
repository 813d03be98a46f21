package coop.pressworks.bottling.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Set;

/**
 * CORS for the web shop and the trade portal front-end, which call the bottling
 * API for stock levels and shipment tracking.
 */
@Provider
public class CorsAllowListFilter implements ContainerResponseFilter {

    private final Set<String> allowedOrigins;

    public CorsAllowListFilter(List<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !allowedOrigins.contains(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin); // SAFE cors
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type");
        headers.add("Vary", "Origin");
    }
}

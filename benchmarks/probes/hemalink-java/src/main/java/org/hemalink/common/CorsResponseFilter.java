package org.hemalink.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * CORS handling for the browser-facing APIs. The public donor site has a fixed set of origins;
 * hospital partner portals call the partner API from their own domains.
 */
@Provider
public class CorsResponseFilter implements ContainerResponseFilter {

    private static final Set<String> DONOR_SITE_ORIGINS = Set.of(
            "https://www.hemalink.org",
            "https://donate.hemalink.org",
            "https://portal.hemalink.org");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (path.startsWith("/api/partner")) {
            headers.putSingle("Access-Control-Allow-Origin", origin); // VULN cors
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        } else if (DONOR_SITE_ORIGINS.contains(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin); // SAFE cors
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        }
        headers.add("Vary", "Origin");
        headers.putSingle("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id");
    }
}

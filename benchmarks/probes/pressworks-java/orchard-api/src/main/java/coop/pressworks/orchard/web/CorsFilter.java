package coop.pressworks.orchard.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * The grower mobile app is served from several preview hosts during the season,
 * so the API answers cross-origin requests from the calling origin.
 */
@ServerFilter("/api/**")
public class CorsFilter implements Ordered {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Requested-With";

    @ResponseFilter
    public void addCorsHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> origin = request.getHeaders().getOrigin();
        if (origin.isEmpty()) {
            return;
        }
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get()); // VULN cors
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}

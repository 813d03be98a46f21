import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import java.util.Set;

@ServerFilter("/api/**")
class CorsFilter {
    @ResponseFilter
    public void addCorsHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> origin = request.getHeaders().getOrigin();
        if (origin.isEmpty()) {
            return;
        }
        // ruleid: trace.java.cors.credentials-any-origin
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    }
}

@ServerFilter("/partner/**")
class PartnerCorsFilter {
    private static final Set<String> PARTNERS = Set.of("https://partner.example.com");

    @ResponseFilter
    public void addCorsHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> origin = request.getHeaders().getOrigin();
        if (origin.isEmpty() || !PARTNERS.contains(origin.get())) {
            return;
        }
        // ok: trace.java.cors.credentials-any-origin
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    }
}

class ServletCors {
    void apply(javax.servlet.http.HttpServletRequest req, javax.servlet.http.HttpServletResponse res) {
        String origin = req.getHeader(org.springframework.http.HttpHeaders.ORIGIN);
        // ruleid: trace.java.cors.credentials-any-origin
        res.setHeader(org.springframework.http.HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        res.setHeader("access-control-allow-credentials", "true");
    }
}

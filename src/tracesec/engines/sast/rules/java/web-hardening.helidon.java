// Helidon SE: a routing filter that echoes the request's Origin with credentials
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import java.util.Set;

class LockgateCors {
    private static final Set<String> SITE_ORIGINS = Set.of("https://lockgate.example");

    static void cors(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (origin.isPresent()) {
            if (req.path().path().startsWith("/api/partner/")) {
                // ruleid: trace.java.cors.credentials-any-origin
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            } else if (SITE_ORIGINS.contains(origin.get())) {
                // ok: trace.java.cors.credentials-any-origin
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin.get());
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            }
        }
        chain.proceed();
    }
}

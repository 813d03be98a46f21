// Spring WebFlux: functional endpoints' ServerRequest, ServerWebExchange, bodies handed to
// reactive operators; redirects and HTML bodies of ServerResponse
import java.net.URI;
import java.util.*;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

class WebfluxHandler {
    JdbcTemplate jdbc;

    Mono<ServerResponse> q(ServerRequest request) {
        String a = request.queryParam("a").orElse("");
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + a + "'");
        return ServerResponse.ok().build();
    }

    Mono<ServerResponse> p(ServerRequest request) {
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + request.pathVariable("id") + "'");
        return ServerResponse.ok().build();
    }

    Mono<ServerResponse> qs(ServerRequest request) {
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + request.queryParams().getFirst("a") + "'");
        return ServerResponse.ok().build();
    }

    Mono<ServerResponse> h(ServerRequest request) {
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + request.headers().firstHeader("X-A") + "'");
        return ServerResponse.ok().build();
    }

    Mono<ServerResponse> body(ServerRequest request) {
        return request.bodyToMono(String.class).flatMap(b -> {
            // ruleid: trace.java.sql-injection.tainted-query
            jdbc.queryForList("SELECT * FROM t WHERE a = '" + b + "'");
            return ServerResponse.ok().build();
        });
    }

    Mono<ServerResponse> form(ServerRequest request) {
        return request.formData().flatMap(f -> {
            // ruleid: trace.java.sql-injection.tainted-query
            jdbc.queryForList("SELECT * FROM t WHERE a = '" + f.getFirst("a") + "'");
            return ServerResponse.ok().build();
        });
    }

    Mono<ServerResponse> go(ServerRequest request) {
        String next = request.queryParam("next").orElse("/");
        // ruleid: trace.java.open-redirect.tainted-redirect
        return ServerResponse.temporaryRedirect(URI.create(next)).build();
    }

    Mono<ServerResponse> go2(ServerRequest request) {
        String next = request.queryParam("next").orElse("/");
        // ruleid: trace.java.open-redirect.tainted-redirect
        return ServerResponse.status(HttpStatus.FOUND).location(URI.create(next)).build();
    }

    Mono<ServerResponse> html(ServerRequest request) {
        String q = request.queryParam("q").orElse("");
        // ruleid: trace.java.xss.tainted-spring-response
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue("<p>" + q);
    }

    Mono<ServerResponse> quiet(ServerRequest request, org.springframework.web.util.UriComponentsBuilder links) {
        String self = links.queryParam("page", 2).build().getQuery();
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + self + "'");
        return Mono.just("fixed").flatMap(b -> {
            // ok: trace.java.sql-injection.tainted-query
            jdbc.queryForList("SELECT * FROM t WHERE a = '" + b + "'");
            String q = request.queryParam("q").orElse("");
            // ok: trace.java.xss.tainted-spring-response
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("q", q));
        });
    }

    Mono<ServerResponse> okq(ServerRequest request) {
        int n = Integer.parseInt(request.queryParam("n").orElse("0"));
        // ok: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = " + n);
        return ServerResponse.ok().build();
    }
}

@RestController
class WebfluxController {
    JdbcTemplate jdbc;

    @GetMapping("/x")
    Mono<String> x(ServerWebExchange exchange) {
        String a = exchange.getRequest().getQueryParams().getFirst("a");
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + a + "'");
        return Mono.just("ok");
    }

    @GetMapping("/y")
    Mono<String> y(ServerHttpRequest req) {
        // ruleid: trace.java.sql-injection.tainted-query
        jdbc.queryForList("SELECT * FROM t WHERE a = '" + req.getHeaders().getFirst("X-A") + "'");
        return Mono.just("ok");
    }

    @PostMapping("/z")
    Mono<String> z(@RequestBody Mono<String> body) {
        return body.map(b -> {
            // ruleid: trace.java.sql-injection.tainted-query
            jdbc.queryForList("SELECT * FROM t WHERE a = '" + b + "'");
            return "ok";
        });
    }

    @GetMapping("/w")
    Mono<String> w(ServerWebExchange exchange) {
        return exchange.getFormData().map(f -> {
            // ruleid: trace.java.sql-injection.tainted-query
            jdbc.queryForList("SELECT * FROM t WHERE a = '" + f.getFirst("a") + "'");
            return "ok";
        });
    }
}

package com.quarrystone.web.vertx;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * CORS for the customer portal API (called from customers' own ERP front-ends as well as our SPA)
 * and for the driver tablet API.
 */
public class PortalCors {

    private static final String ALLOW_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    private static final String ALLOW_HEADERS = "Authorization, Content-Type, X-Requested-With";

    private final Set<String> driverAppOrigins;

    public PortalCors(Set<String> driverAppOrigins) {
        this.driverAppOrigins = driverAppOrigins;
    }

    /** Portal API: customers integrate from many domains, so the caller's origin is echoed. */
    public void portal(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        HttpServerResponse resp = ctx.response();
        if (origin != null) {
            resp.putHeader("Access-Control-Allow-Credentials", "true");
            resp.putHeader("Access-Control-Allow-Origin", origin); // VULN cors
            resp.putHeader("Vary", "Origin");
        }
        preflightOrNext(ctx);
    }

    /** Driver tablets run the kiosk app served from a fixed set of origins. */
    public void driver(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        HttpServerResponse resp = ctx.response();
        if (origin != null && driverAppOrigins.contains(origin)) {
            resp.putHeader("Access-Control-Allow-Credentials", "true");
            resp.putHeader("Access-Control-Allow-Origin", origin); // SAFE cors
            resp.putHeader("Vary", "Origin");
        }
        preflightOrNext(ctx);
    }

    private static void preflightOrNext(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.response()
                    .putHeader("Access-Control-Allow-Methods", ALLOW_METHODS)
                    .putHeader("Access-Control-Allow-Headers", ALLOW_HEADERS)
                    .putHeader("Access-Control-Max-Age", "600")
                    .setStatusCode(204)
                    .end();
            return;
        }
        ctx.next();
    }
}

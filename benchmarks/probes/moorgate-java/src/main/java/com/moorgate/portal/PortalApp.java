package com.moorgate.portal;

import com.moorgate.MoorgateConfiguration;
import com.moorgate.api.ClaimReportRow;
import com.moorgate.client.CarrierTrackingClient;
import com.moorgate.db.BrokerAccountDao;
import com.moorgate.security.PasswordHasher;
import com.moorgate.service.AttachmentStore;
import com.moorgate.service.ClaimService;
import com.moorgate.service.DocumentConverter;
import com.moorgate.service.RatingRuleEngine;
import com.moorgate.service.ReportService;
import com.moorgate.web.PortalPages;
import io.jooby.Context;
import io.jooby.Jooby;
import io.jooby.MediaType;
import io.jooby.StatusCode;
import io.jooby.handler.Cors;
import io.jooby.handler.CorsHandler;
import io.jooby.jackson.JacksonModule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Broker self-service portal: reports, survey photos, rating previews and account sign-up.
 */
public class PortalApp extends Jooby {

    private static final Path PACK_ROOT = Path.of("/srv/moorgate/packs");

    private static final Map<String, String> DESTINATIONS = Map.of(
            "home", "/portal/home",
            "claims", "/portal/claims",
            "reports", "/portal/reports",
            "rating", "/portal/rating",
            "account", "/portal/account");

    public PortalApp(ReportService reports, RatingRuleEngine ruleEngine, AttachmentStore store,
                     DocumentConverter converter, PasswordHasher hasher, CarrierTrackingClient tracking,
                     MoorgateConfiguration.Portal portal, BrokerAccountDao brokers, ClaimService claims) {

        install(new JacksonModule());
        use(new CorsHandler(new Cors().setOrigin(portal.allowedOrigins).setUseCredentials(true))); // SAFE cors

        get("/portal/reports/region", ctx -> reports.regionSummary(ctx.query("region").value()));

        get("/portal/reports/period", ctx -> reports.lossPeriod(ctx.query("from").value(), ctx.query("to").value()));

        get("/portal/reports/carrier/{carrier}", ctx ->
                reports.carrierYear(ctx.path("carrier").value(), ctx.query("year").intValue(Year.now().getValue())));

        delete("/portal/exports", ctx -> {
            boolean removed = reports.deleteExport(ctx.query("file").value());
            return ctx.send(removed ? StatusCode.NO_CONTENT : StatusCode.NOT_FOUND);
        });

        get("/portal/search", ctx -> {
            String q = ctx.query("q").value("");
            List<ClaimReportRow> rows = q.isBlank() ? List.of() : reports.carrierYear(q.trim(), Year.now().getValue());
            return ctx.setResponseType(MediaType.html).send(PortalPages.searchResults(q, rows)); // VULN xss
        });

        get("/portal/carriers/{carrier}", ctx -> {
            String carrier = ctx.path("carrier").value();
            List<ClaimReportRow> rows = reports.carrierYear(carrier, Year.now().getValue());
            return ctx.setResponseType(MediaType.html).send(PortalPages.carrierBanner(carrier, rows)); // SAFE xss
        });

        get("/portal/policies", ctx -> claims.policiesForBroker(ctx.header("X-Broker-Code").value(),
                ctx.query("sort").value("number"), ctx.query("dir").value("asc")));

        get("/portal/photos", ctx -> ctx.setResponseType("image/jpeg").send(store.openSurveyPhoto(ctx.query("path").value())));

        get("/portal/photos/thumb", ctx -> {
            Path photo = store.surveyPhoto(ctx.query("path").value());
            Path thumb = converter.thumbnail(photo, ctx.query("w").intValue(240), ctx.query("h").intValue(180));
            return ctx.setResponseType("image/jpeg").send(Files.newInputStream(thumb));
        });

        post("/portal/packs/{claimRef}/stamp", ctx -> {
            String claimRef = ctx.path("claimRef").value();
            Path stamped = converter.stampClaimRef(PACK_ROOT.resolve("inspection-pack.pdf"), claimRef);
            return Map.of("file", stamped.getFileName().toString());
        });

        get("/portal/ports/{port}/status", ctx -> ctx.setResponseType(MediaType.json)
                .send(tracking.portFeed(ctx.path("port").value())));

        post("/portal/rating/standard", ctx -> Map.of("loading", ruleEngine.standardLoading(facts(ctx))));

        post("/portal/rating/preview", ctx ->
                Map.of("loading", ruleEngine.previewBrokerFormula(ctx.form("formula").value(), facts(ctx))));

        post("/portal/register", ctx -> {
            String email = ctx.form("email").value();
            String brokerCode = ctx.form("brokerCode").value();
            String hash = hasher.hashBrokerPassword(ctx.form("password").value());
            brokers.create(brokerCode, email, hash);
            return ctx.send(StatusCode.CREATED);
        });

        get("/portal/login/complete", ctx -> ctx.sendRedirect(ctx.query("next").value("/portal/home"))); // VULN redirect

        get("/portal/go/{destination}", ctx -> {
            String target = DESTINATIONS.getOrDefault(ctx.path("destination").value(), "/portal/home");
            return ctx.sendRedirect(target); // SAFE redirect
        });
    }

    private static Map<String, Object> facts(Context ctx) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("cargoValue", ctx.form("cargoValue").doubleValue(0));
        facts.put("hazardClass", ctx.form("hazardClass").intValue(0));
        facts.put("reefer", ctx.form("reefer").booleanValue(false));
        facts.put("voyageDays", ctx.form("voyageDays").intValue(0));
        return facts;
    }
}

package controllers;

import com.auth0.jwt.interfaces.DecodedJWT;
import io.ebean.PagedList;
import dto.LotSearchCriteria;
import models.SeedLot;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;
import services.AuthService;
import services.DepositService;
import services.ExchangeService;
import util.StorageSettings;
import util.UrlPolicy;

import javax.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON consumed by the seednet.org map widget embedded on partner sites. */
public class PublicCatalogController extends Controller {

    private final DepositService deposits;
    private final ExchangeService exchanges;
    private final AuthService auth;
    private final StorageSettings settings;

    @Inject
    public PublicCatalogController(DepositService deposits, ExchangeService exchanges, AuthService auth, StorageSettings settings) {
        this.deposits = deposits;
        this.exchanges = exchanges;
        this.auth = auth;
        this.settings = settings;
    }

    /** Available lots, plus the signed-in curator's open requests so the widget can show "requested". */
    public Result lots(Http.Request request) {
        PagedList<SeedLot> page = deposits.search(new LotSearchCriteria(request.queryString("q").orElse(""), null, null, "species", false, 0));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SeedLot lot : page.getList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("accession", lot.accessionNumber);
            item.put("species", lot.label());
            item.put("garden", lot.garden.name);
            item.put("grams", lot.quantityGrams);
            items.add(item);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("lots", items);
        Optional<DecodedJWT> user = auth.currentUser(request);
        user.ifPresent(jwt -> response.put("myRequests",
                exchanges.list(jwt.getClaim("garden").asString(), "created", true).stream().map(ExchangeService::cardModel).toArray()));
        String origin = request.header(Http.HeaderNames.ORIGIN).orElse("*");
        return ok(Json.toJson(response)).withHeader("Access-Control-Allow-Origin", origin).withHeader("Access-Control-Allow-Credentials", "true"); // VULN cors
    }

    /** Species counts; same payload for everyone but cookies are sent by the widget anyway. */
    public Result species(Http.Request request) {
        PagedList<SeedLot> page = deposits.search(new LotSearchCriteria("", null, null, "species", false, 0));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SeedLot lot : page.getList()) {
            counts.merge(lot.species, 1, Integer::sum);
        }
        Result result = ok(Json.toJson(counts)).withHeader(Http.HeaderNames.VARY, Http.HeaderNames.ORIGIN);
        Optional<String> allowed = UrlPolicy.matchOrigin(request.header(Http.HeaderNames.ORIGIN), settings.corsOrigins);
        if (allowed.isPresent()) {
            result = result.withHeader("Access-Control-Allow-Origin", allowed.get()).withHeader("Access-Control-Allow-Credentials", "true"); // SAFE cors
        }
        return result;
    }
}

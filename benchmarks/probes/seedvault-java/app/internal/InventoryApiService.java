package internal;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.server.annotation.Blocking;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Header;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.linecorp.armeria.server.annotation.RequestObject;
import models.SeedLot;
import play.Logger;
import services.CatalogXmlService;
import services.DepositService;
import services.GerminationService;
import services.LabelPrintService;
import services.TokenService;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Inventory endpoints for the cold-room kiosks (lookup, germination history, label printing). */
@Singleton
@Blocking
@ProducesJson
public class InventoryApiService {

    private static final Logger.ALogger LOG = Logger.of(InventoryApiService.class);
    private static final Set<String> PRINT_ROLES = Set.of("KIOSK", "CURATOR", "ADMIN");

    public static final class PrintRequest {
        public String accession;
        public String printer;
        public String jobName;
        public int copies = 1;
    }

    private final DepositService deposits;
    private final GerminationService germination;
    private final CatalogXmlService catalogue;
    private final LabelPrintService printing;
    private final TokenService tokens;

    @Inject
    public InventoryApiService(DepositService deposits, GerminationService germination, CatalogXmlService catalogue,
                               LabelPrintService printing, TokenService tokens) {
        this.deposits = deposits;
        this.germination = germination;
        this.catalogue = catalogue;
        this.printing = printing;
        this.tokens = tokens;
    }

    @Get("/lots/{accession}")
    public HttpResponse lot(@Param("accession") String accession) {
        return deposits.findByAccession(accession)
                .map(lot -> HttpResponse.ofJson(summary(lot)))
                .orElseGet(() -> HttpResponse.of(HttpStatus.NOT_FOUND));
    }

    @Get("/germination")
    public HttpResponse germinationByLab(@Param("lab") String labReference) {
        if (labReference.isBlank()) {
            return HttpResponse.of(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.ofJson(germination.byLabReference(labReference.trim()));
    }

    @Get("/catalogue/taxa")
    public HttpResponse taxa(@Param("name") Optional<String> name, @Param("family") Optional<String> family) throws Exception {
        if (family.isPresent()) {
            return HttpResponse.ofJson(catalogue.taxaByFamily(family.get()));
        }
        if (name.isPresent()) {
            return HttpResponse.ofJson(catalogue.taxaByName(name.get()));
        }
        return HttpResponse.of(HttpStatus.BAD_REQUEST);
    }

    @Post("/labels/print")
    public HttpResponse print(@Header("authorization") Optional<String> authorization, @RequestObject PrintRequest request) throws Exception {
        Optional<DecodedJWT> caller = tokens.serviceClaims(authorization.orElse(null));
        if (caller.isEmpty() || !PRINT_ROLES.contains(caller.get().getClaim("role").asString())) {
            return HttpResponse.of(HttpStatus.FORBIDDEN);
        }
        Optional<SeedLot> lot = deposits.findByAccession(request.accession);
        if (lot.isEmpty()) {
            return HttpResponse.of(HttpStatus.NOT_FOUND);
        }
        String jobName = request.jobName == null ? lot.get().accessionNumber : request.jobName;
        printing.print(lot.get(), request.printer, jobName, request.copies);
        LOG.info("{} printed labels for {}", caller.get().getSubject(), request.accession);
        return HttpResponse.of(HttpStatus.ACCEPTED);
    }

    @Post("/printers/{printer}/reset")
    public HttpResponse resetPrinter(@Header("authorization") Optional<String> authorization, @Param("printer") String printer) throws Exception {
        if (tokens.serviceClaims(authorization.orElse(null)).isEmpty()) {
            return HttpResponse.of(HttpStatus.UNAUTHORIZED);
        }
        if (!LabelPrintService.isValidPrinter(printer)) {
            return HttpResponse.of(HttpStatus.BAD_REQUEST);
        }
        printing.cancelJobs(printer);
        return HttpResponse.of(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> summary(SeedLot lot) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accession", lot.accessionNumber);
        json.put("species", lot.species);
        json.put("variety", lot.variety);
        json.put("garden", lot.garden.code);
        json.put("quantityGrams", lot.quantityGrams);
        json.put("harvestYear", lot.harvestYear);
        json.put("storageLocation", lot.storageLocation);
        return json;
    }
}

package services;

import clients.PartnerHttpClient;
import dto.ExchangeForm;
import dto.ExchangeMessage;
import models.ExchangeRequest;
import models.Garden;
import models.SeedLot;
import org.apache.pulsar.client.api.Producer;
import play.Logger;
import repositories.ExchangeRepository;
import repositories.GardenRepository;
import repositories.SeedLotRepository;
import services.CatalogXmlService.CatalogEntry;
import util.PasswordHasher;
import util.Tokens;
import util.UrlPolicy;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
public class ExchangeService {

    private static final Logger.ALogger LOG = Logger.of(ExchangeService.class);

    private final ExchangeRepository exchanges;
    private final SeedLotRepository lots;
    private final GardenRepository gardens;
    private final PartnerHttpClient partners;
    private final CatalogXmlService catalog;
    private final TemplateRenderer renderer;
    private final Producer<byte[]> events;

    @Inject
    public ExchangeService(ExchangeRepository exchanges, SeedLotRepository lots, GardenRepository gardens,
                           PartnerHttpClient partners, CatalogXmlService catalog, TemplateRenderer renderer,
                           Producer<byte[]> events) {
        this.exchanges = exchanges;
        this.lots = lots;
        this.gardens = gardens;
        this.partners = partners;
        this.catalog = catalog;
        this.renderer = renderer;
        this.events = events;
    }

    public List<ExchangeRequest> list(String gardenCode, String sort, boolean descending) {
        return exchanges.list(gardenCode, sort, descending);
    }

    public ExchangeRequest create(ExchangeForm form, String requestedBy) {
        SeedLot lot = lots.findById(form.lotId).orElseThrow(() -> new IllegalArgumentException("no such lot"));
        Garden requesting = gardens.findByCode(form.requestingGardenCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown garden"));
        if (requesting.id.equals(lot.garden.id)) {
            throw new IllegalArgumentException("a garden cannot request its own seed");
        }
        if (form.quantityGrams.signum() <= 0 || form.quantityGrams.compareTo(lot.quantityGrams) > 0) {
            throw new IllegalArgumentException("requested quantity not available");
        }
        ExchangeRequest request = new ExchangeRequest();
        request.lot = lot;
        request.supplyingGarden = lot.garden;
        request.requestingGarden = requesting;
        request.quantityGrams = form.quantityGrams;
        request.note = form.note;
        request.callbackUrl = form.callbackUrl;
        request.requestedBy = requestedBy;
        request.confirmationCode = Tokens.pickupCode(6);
        exchanges.save(request);
        publish(ExchangeMessage.Kind.CREATED, request);
        return request;
    }

    public ExchangeRequest approve(long id, String curator) {
        ExchangeRequest request = exchanges.findById(id).orElseThrow(() -> new IllegalArgumentException("no such request"));
        if (request.status != ExchangeRequest.Status.PENDING) {
            throw new IllegalStateException("request is already " + request.status);
        }
        request.status = ExchangeRequest.Status.APPROVED;
        request.approvedAt = Instant.now();
        request.lot.quantityGrams = request.lot.quantityGrams.subtract(request.quantityGrams);
        lots.update(request.lot);
        exchanges.update(request);
        LOG.info("exchange {} approved by {}", id, curator);
        publish(ExchangeMessage.Kind.APPROVED, request);
        return request;
    }

    public boolean confirmReceipt(long id, String code) {
        ExchangeRequest request = exchanges.findById(id).orElseThrow(() -> new IllegalArgumentException("no such request"));
        if (request.status != ExchangeRequest.Status.SHIPPED || !PasswordHasher.constantTimeEquals(request.confirmationCode, code)) {
            return false;
        }
        request.status = ExchangeRequest.Status.RECEIVED;
        exchanges.update(request);
        return true;
    }

    public Map<String, Long> stats(String region) {
        return exchanges.countsByStatusForRegion(region);
    }

    /** Lets a curator look at a partner garden's catalogue before filing a request. */
    public List<CatalogEntry> previewPartnerCatalog(String catalogUrl) throws IOException {
        if (!UrlPolicy.isPartnerCatalogHost(catalogUrl)) {
            throw new IllegalArgumentException("catalogue must be hosted on the seednet.org network");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        partners.fetchCatalog(catalogUrl, in -> entries.addAll(catalog.parsePartnerFeed(in)));
        return entries;
    }

    public String card(long id) throws IOException {
        ExchangeRequest request = exchanges.findById(id).orElseThrow(() -> new IllegalArgumentException("no such request"));
        return renderer.fragment("exchange-card", cardModel(request));
    }

    public static Map<String, Object> cardModel(ExchangeRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", request.id);
        model.put("species", request.lot.label());
        model.put("accession", request.lot.accessionNumber);
        model.put("quantity", request.quantityGrams);
        model.put("status", request.status.name().toLowerCase());
        model.put("supplier", request.supplyingGarden.name);
        model.put("requester", request.requestingGarden.name);
        model.put("requestedBy", request.requestedBy);
        model.put("note", request.note);
        return model;
    }

    private void publish(ExchangeMessage.Kind kind, ExchangeRequest request) {
        ExchangeMessage message = new ExchangeMessage(kind, request.id, request.supplyingGarden.id,
                request.requestingGarden.id, request.lot.species, request.note);
        try {
            events.sendAsync(message.toBytes()).exceptionally(e -> {
                LOG.error("failed to publish {}", message, e);
                return null;
            });
        } catch (IOException e) {
            LOG.error("failed to serialise {}", message, e);
        }
    }
}

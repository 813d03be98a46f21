package workers;

import com.typesafe.config.Config;
import dto.ExchangeMessage;
import models.ExchangeRequest;
import models.Garden;
import clients.PartnerHttpClient;
import org.apache.pulsar.client.api.Consumer;
import org.apache.pulsar.client.api.Message;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;
import org.apache.pulsar.client.api.Schema;
import org.apache.pulsar.client.api.SubscriptionType;
import play.Logger;
import play.inject.ApplicationLifecycle;
import play.libs.Json;
import repositories.ExchangeRepository;
import repositories.GardenRepository;
import services.ExchangeService;
import services.GerminationService;
import services.TemplateRenderer;
import util.StorageSettings;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Background worker for exchange events: notifies the gardens involved (e-mail + webhook) and
 * re-runs the viability model before seed leaves the vault.
 */
@Singleton
public class ExchangeQueueConsumer {

    private static final Logger.ALogger LOG = Logger.of(ExchangeQueueConsumer.class);

    private final Consumer<byte[]> consumer;
    private final GardenRepository gardens;
    private final ExchangeRepository exchanges;
    private final TemplateRenderer renderer;
    private final PartnerHttpClient partners;
    private final GerminationService germination;
    private final Path outbox;
    private final ExecutorService executor;
    private volatile boolean running = true;

    @Inject
    public ExchangeQueueConsumer(PulsarClient client, Config config, GardenRepository gardens, ExchangeRepository exchanges,
                                 TemplateRenderer renderer, PartnerHttpClient partners, GerminationService germination,
                                 StorageSettings settings, ApplicationLifecycle lifecycle) throws PulsarClientException {
        this.consumer = client.newConsumer(Schema.BYTES)
                .topic(config.getString("pulsar.exchange-topic"))
                .subscriptionName(config.getString("pulsar.subscription"))
                .subscriptionType(SubscriptionType.Shared)
                .negativeAckRedeliveryDelay(1, TimeUnit.MINUTES)
                .subscribe();
        this.gardens = gardens;
        this.exchanges = exchanges;
        this.renderer = renderer;
        this.partners = partners;
        this.germination = germination;
        this.outbox = settings.uploads.resolveSibling("outbox");
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "exchange-worker"));
        this.executor.submit(this::run);
        lifecycle.addStopHook(() -> {
            running = false;
            executor.shutdown();
            return consumer.closeAsync().exceptionally(e -> null);
        });
    }

    private void run() {
        while (running) {
            Message<byte[]> message;
            try {
                message = consumer.receive(5, TimeUnit.SECONDS);
            } catch (PulsarClientException e) {
                LOG.warn("receive failed", e);
                continue;
            }
            if (message == null) {
                continue;
            }
            try {
                handle(ExchangeMessage.fromBytes(message.getValue()));
                consumer.acknowledge(message);
            } catch (Exception e) {
                LOG.error("exchange event {} failed", message.getMessageId(), e);
                consumer.negativeAcknowledge(message);
            }
        }
    }

    void handle(ExchangeMessage event) throws IOException, InterruptedException {
        LOG.debug("handling {}", event);
        switch (event.kind) {
            case CREATED:
                notifyGarden(event.supplyingGardenId, event, "exchange.created");
                break;
            case APPROVED:
                notifyGarden(event.requestingGardenId, event, "exchange.approved");
                int exit = germination.runViabilityModel(event.species);
                LOG.info("viability model for exchange {} exited with {}", event.exchangeId, exit);
                break;
            case VIABILITY_CHECK:
                germination.runViabilityModel(event.species);
                break;
            case SHIPPED:
                notifyGarden(event.requestingGardenId, event, "exchange.shipped");
                break;
            default:
                LOG.warn("ignoring event kind {}", event.kind);
        }
    }

    private void notifyGarden(long gardenId, ExchangeMessage event, String type) throws IOException {
        Optional<Garden> garden = gardens.findById(gardenId);
        Optional<ExchangeRequest> request = exchanges.findById(event.exchangeId);
        if (garden.isEmpty() || request.isEmpty()) {
            LOG.warn("dropping {}: garden or request no longer exists", event);
            return;
        }
        Map<String, Object> model = ExchangeService.cardModel(request.get());
        model.put("event", type);
        if (garden.get().contactEmail != null) {
            String body = renderer.gardenEmail(garden.get(), model);
            Files.createDirectories(outbox);
            Files.writeString(outbox.resolve(type + "-" + event.exchangeId + "-" + gardenId + ".eml"),
                    "To: " + garden.get().contactEmail + "\nSubject: Seed exchange update\n\n" + body);
        }
        if (garden.get().webhookUrl != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", type);
            payload.put("exchangeId", event.exchangeId);
            payload.put("species", event.species);
            payload.put("status", request.get().status.name());
            payload.put("sentAt", Instant.now().toString());
            int status = partners.postEvent(garden.get().webhookUrl, Json.stringify(Json.toJson(payload)));
            LOG.info("webhook {} for garden {} answered {}", type, gardenId, status);
        }
    }
}

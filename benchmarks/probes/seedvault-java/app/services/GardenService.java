package services;

import clients.PartnerHttpClient;
import models.Garden;
import okhttp3.HttpUrl;
import play.Logger;
import repositories.GardenRepository;
import repositories.SeedLotRepository;
import models.SeedLot;
import util.StorageSettings;
import util.UrlPolicy;

import javax.inject.Inject;
import javax.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
public class GardenService {

    private static final Logger.ALogger LOG = Logger.of(GardenService.class);
    private static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;

    private final GardenRepository gardens;
    private final SeedLotRepository lots;
    private final PartnerHttpClient partners;
    private final StorageSettings settings;

    @Inject
    public GardenService(GardenRepository gardens, SeedLotRepository lots, PartnerHttpClient partners, StorageSettings settings) {
        this.gardens = gardens;
        this.lots = lots;
        this.partners = partners;
        this.settings = settings;
    }

    public Optional<Garden> find(String code) {
        return gardens.findByCode(code);
    }

    public List<SeedLot> availableLots(Garden garden) {
        return lots.forGarden(garden.id, 50);
    }

    /** Applies the curator's edits from the profile form. */
    public Garden updateProfile(Garden garden, Map<String, String> fields) {
        garden.name = fields.getOrDefault("name", garden.name);
        garden.region = fields.getOrDefault("region", garden.region);
        garden.description = fields.getOrDefault("description", garden.description);
        garden.website = fields.getOrDefault("website", garden.website);
        garden.contactEmail = fields.getOrDefault("contactEmail", garden.contactEmail);
        String webhook = fields.get("webhookUrl");
        if (webhook != null) {
            garden.webhookUrl = webhook.isBlank() ? null : webhook.trim();
        }
        gardens.update(garden);
        return garden;
    }

    public Garden updateTemplates(Garden garden, String emailTemplate, String labelTemplate) {
        garden.emailTemplate = emailTemplate == null || emailTemplate.isBlank() ? null : emailTemplate;
        garden.labelTemplate = labelTemplate == null || labelTemplate.isBlank() ? null : labelTemplate;
        gardens.update(garden);
        return garden;
    }

    /** Copies a logo the curator points at (usually on their own website) into local storage. */
    public Path importLogo(Garden garden, String logoUrl) throws IOException {
        byte[] image = partners.fetchBytes(logoUrl, MAX_LOGO_BYTES);
        Path dir = settings.uploads.resolve("logos");
        Files.createDirectories(dir);
        Path target = dir.resolve(garden.code.toLowerCase() + ".img");
        Files.write(target, image);
        garden.logoPath = "logos/" + target.getFileName();
        gardens.update(garden);
        return target;
    }

    /** Sends a ping to the garden's webhook so the curator can check their receiver. */
    public int testWebhook(Garden garden) throws IOException {
        if (garden.webhookUrl == null || !UrlPolicy.isAllowedWebhook(garden.webhookUrl, settings.webhookHosts)) {
            LOG.info("webhook for {} is not on the partner allow-list", garden.code);
            return -1;
        }
        return partners.ping(HttpUrl.get(garden.webhookUrl));
    }
}

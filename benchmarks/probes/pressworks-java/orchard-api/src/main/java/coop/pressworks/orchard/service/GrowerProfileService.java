package coop.pressworks.orchard.service;

import coop.pressworks.orchard.model.GrowerModels.GrowerProfile;
import coop.pressworks.orchard.model.GrowerModels.GrowerProfileUpdate;
import coop.pressworks.orchard.repository.GrowerProfileRepository;
import coop.pressworks.orchard.repository.IntakeRepository;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

@Singleton
public class GrowerProfileService {

    private static final Pattern WEBSITE = Pattern.compile("^https://[A-Za-z0-9.-]+(:\\d{2,5})?(/[A-Za-z0-9._~/%?=&-]*)?$");
    private static final int MAX_STORY = 8_000;

    private final GrowerProfileRepository profiles;
    private final IntakeRepository intake;

    public GrowerProfileService(GrowerProfileRepository profiles, IntakeRepository intake) {
        this.profiles = profiles;
        this.intake = intake;
    }

    public Map<String, Object> profilePage(long growerId) {
        GrowerProfile profile = profiles.find(growerId).orElseGet(() -> new GrowerProfile(
                growerId, "Member #" + growerId, "", null, null, null, null, Instant.EPOCH));
        BigDecimal delivered = intake.seasonTotalKg(growerId, String.valueOf(Year.now().getValue()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("profile", profile);
        model.put("seasonKg", delivered);
        model.put("season", Year.now().getValue());
        return model;
    }

    public void update(long growerId, GrowerProfileUpdate update) {
        if (update.displayName() == null || update.displayName().isBlank() || update.displayName().length() > 80) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Display name is required");
        }
        if (update.website() != null && !update.website().isBlank() && !WEBSITE.matcher(update.website()).matches()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Website must be an https:// address");
        }
        if (update.socialUrl() != null && update.socialUrl().length() > 300) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Social link too long");
        }
        if (update.farmStoryHtml() != null && update.farmStoryHtml().length() > MAX_STORY) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Farm story is limited to 8000 characters");
        }
        profiles.upsert(growerId, update);
    }
}

package coop.pressworks.orchard.service;

import coop.pressworks.orchard.client.WeatherStationClient;
import coop.pressworks.orchard.model.OrchardModels.BlockRegistration;
import coop.pressworks.orchard.model.OrchardModels.FrostForecast;
import coop.pressworks.orchard.model.OrchardModels.OrchardBlock;
import coop.pressworks.orchard.model.OrchardModels.WeatherReading;
import coop.pressworks.orchard.repository.OrchardRepository;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

@Singleton
public class OrchardService {

    /** Friendly sort keys used by the field-staff tablet app mapped to columns. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "code", "b.block_code",
            "variety", "b.variety",
            "trees", "b.tree_count",
            "area", "b.hectares",
            "planted", "b.planted_on");

    private static final Pattern BLOCK_CODE = Pattern.compile("^[A-Z]{2}-\\d{2,4}$");
    private static final int MAX_ROWS = 500;

    private final OrchardRepository orchards;
    private final WeatherStationClient weather;

    public OrchardService(OrchardRepository orchards, WeatherStationClient weather) {
        this.orchards = orchards;
        this.weather = weather;
    }

    public List<OrchardBlock> listBlocks(String variety, Long growerId, String sort, String direction) {
        String key = sort == null ? "code" : sort.toLowerCase(Locale.ROOT);
        String column = SORT_COLUMNS.getOrDefault(key, sort);
        String dir = "desc".equalsIgnoreCase(direction) ? "DESC" : "ASC";
        return orchards.findBlocks(variety, growerId, column + " " + dir, MAX_ROWS);
    }

    public OrchardBlock block(long blockId) {
        return orchards.findBlock(blockId)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such block"));
    }

    public long register(BlockRegistration registration) {
        if (registration.blockCode() == null || !BLOCK_CODE.matcher(registration.blockCode()).matches()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Block codes look like NE-014");
        }
        if (registration.treeCount() <= 0 || registration.hectares() == null || registration.hectares().signum() <= 0) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Tree count and area must be positive");
        }
        if (orchards.findBlockByCode(registration.growerId(), registration.blockCode()).isPresent()) {
            throw new HttpStatusException(HttpStatus.CONFLICT, "Block already registered");
        }
        return orchards.insertBlock(registration);
    }

    public WeatherReading currentWeather(long blockId) {
        OrchardBlock b = block(blockId);
        if (b.stationHost() == null || b.stationHost().isBlank()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Block has no weather station");
        }
        return weather.currentConditions(b.stationHost(), b.blockCode());
    }

    public FrostForecast frostForecast(long blockId) {
        OrchardBlock b = block(blockId);
        return weather.frostForecast(b.latitude(), b.longitude());
    }
}

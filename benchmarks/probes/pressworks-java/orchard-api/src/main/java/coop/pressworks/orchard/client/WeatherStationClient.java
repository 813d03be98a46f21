package coop.pressworks.orchard.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.pressworks.orchard.model.OrchardModels.FrostForecast;
import coop.pressworks.orchard.model.OrchardModels.WeatherReading;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Talks to the Davis/Metos style stations growers install in their blocks and to
 * the regional frost-forecast service the cooperative subscribes to.
 */
@Singleton
public class WeatherStationClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(4))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String forecastBase;

    public WeatherStationClient(@Value("${pressworks.forecast.base-url:https://frost.agromet.example.org/v2/forecast}") String forecastBase) {
        this.forecastBase = forecastBase;
    }

    public WeatherReading currentConditions(String stationHost, String blockCode) {
        URI uri = URI.create("http://" + stationHost + "/v1/current?block=" + blockCode);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(8)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString()); // VULN ssrf
            if (response.statusCode() != 200) {
                throw new HttpStatusException(HttpStatus.BAD_GATEWAY, "Station answered " + response.statusCode());
            }
            JsonNode node = mapper.readTree(response.body());
            return new WeatherReading(
                    stationHost,
                    Instant.ofEpochSecond(node.path("ts").asLong(Instant.now().getEpochSecond())),
                    node.path("temp_c").asDouble(),
                    node.path("rh").asDouble(),
                    node.path("leaf_wet_min").asDouble(),
                    response.body());
        } catch (IOException e) {
            throw new HttpStatusException(HttpStatus.BAD_GATEWAY, "Station unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted");
        }
    }

    public FrostForecast frostForecast(double latitude, double longitude) {
        String query = String.format(Locale.ROOT, "?lat=%.4f&lon=%.4f&hours=48", latitude, longitude);
        HttpRequest request = HttpRequest.newBuilder(URI.create(forecastBase + query))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString()); // SAFE ssrf
            JsonNode hourly = mapper.readTree(response.body()).path("hourly_min_c");
            List<Double> temps = new ArrayList<>();
            boolean risk = false;
            for (JsonNode t : hourly) {
                double c = t.asDouble();
                temps.add(c);
                risk |= c <= -1.5;
            }
            return new FrostForecast(latitude, longitude, temps, risk);
        } catch (IOException e) {
            throw new HttpStatusException(HttpStatus.BAD_GATEWAY, "Forecast service unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted");
        }
    }
}

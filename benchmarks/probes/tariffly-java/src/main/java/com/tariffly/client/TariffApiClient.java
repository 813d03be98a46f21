package com.tariffly.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tariffly.dto.ApiModels.TariffRate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Client for the external tariff data provider plus the bulk schedule import
 * used at the start of each tariff year.
 */
@Component
public class TariffApiClient {

    private static final String TARIFF_API_BASE = "https://api.tariffdata.eu/v3";
    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final HttpClient httpClient;
    private final RestTemplate scheduleRestTemplate;
    private final ObjectMapper objectMapper;

    public TariffApiClient(@Qualifier("tariffHttpClient") HttpClient httpClient,
                           RestTemplate scheduleRestTemplate,
                           ObjectMapper objectMapper) {
        this.httpClient = httpClient;
        this.scheduleRestTemplate = scheduleRestTemplate;
        this.objectMapper = objectMapper;
    }

    public TariffRate fetchRate(String hsCode, String destinationCountry) throws IOException, InterruptedException {
        String country = destinationCountry == null ? "" : destinationCountry.toUpperCase(Locale.ROOT);
        if (!HS_CODE.matcher(hsCode).matches() || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("Invalid HS code or country");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(TARIFF_API_BASE + "/measures/" + country + "/" + hsCode))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString()); // SAFE ssrf
        if (response.statusCode() != 200) {
            throw new IOException("Tariff provider returned " + response.statusCode());
        }
        JsonNode body = objectMapper.readTree(response.body());
        return new TariffRate(hsCode, country, new BigDecimal(body.path("thirdCountryDuty").asText("0")),
                body.path("measureType").asText("ERGA_OMNES"));
    }

    public String importSchedule(String sourceUrl) {
        if (sourceUrl == null || !(sourceUrl.startsWith("https://") || sourceUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("Schedule source must be an http(s) URL");
        }
        return scheduleRestTemplate.getForObject(sourceUrl, String.class); // VULN ssrf
    }
}

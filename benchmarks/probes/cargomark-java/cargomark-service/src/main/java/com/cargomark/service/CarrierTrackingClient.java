package com.cargomark.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cargomark.config.CargomarkProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class CarrierTrackingClient {

    public record TrackingSnapshot(String trackingNumber, String status, String vessel, String voyage,
                                   OffsetDateTime eta, List<Map<String, Object>> events) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WebClient webClient;
    private final Map<String, String> baseUrls;

    public CarrierTrackingClient(@Qualifier("carrierWebClient") WebClient webClient, CargomarkProperties properties) {
        this.webClient = webClient;
        this.baseUrls = Map.copyOf(properties.carriers().baseUrls());
    }

    public TrackingSnapshot track(String carrierCode, String trackingNumber) {
        String baseUrl = baseUrls.get(carrierCode.toLowerCase(Locale.ROOT));
        if (baseUrl == null) {
            throw new NotFoundException("No tracking integration for carrier " + carrierCode);
        }
        return webClient.get().uri(baseUrl + "/v2/shipments/{number}", trackingNumber).retrieve().bodyToMono(TrackingSnapshot.class).block(TIMEOUT); // SAFE ssrf
    }

    public boolean supports(String carrierCode) {
        return carrierCode != null && baseUrls.containsKey(carrierCode.toLowerCase(Locale.ROOT));
    }
}

package com.cargomark.config;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "cargomark")
public record CargomarkProperties(
        Storage storage,
        Carriers carriers,
        Cors cors,
        CustomsGateway customsGateway) {

    public record Storage(String documentRoot, String importRoot, String convertedRoot, String workRoot) {
    }

    public record Carriers(
            Map<String, String> baseUrls,
            String sandboxBaseUrl,
            String username,
            String password,
            String truststorePath,
            String truststorePassword) {
    }

    public record Cors(List<String> partnerOrigins) {
    }

    public record CustomsGateway(String baseUrl) {
    }
}

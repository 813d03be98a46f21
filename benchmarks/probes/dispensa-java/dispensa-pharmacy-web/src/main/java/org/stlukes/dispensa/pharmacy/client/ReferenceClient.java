package org.stlukes.dispensa.pharmacy.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.time.Duration;
import java.util.*;
import java.util.stream.Collectors;

@Component
public class ReferenceClient {

    private static final String SUPPLY_PORTAL = "https://supply.stlukes.org";

    private final RestTemplate restTemplate;
    private final WebClient webClient;
    private final Set<String> allowedHosts;

    public ReferenceClient(RestTemplate restTemplate, WebClient.Builder webClientBuilder,
                           @Value("${dispensa.reference.allowed-hosts}") List<String> allowedHosts) {
        this.restTemplate = restTemplate;
        this.webClient = webClientBuilder.build();
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public String fetchReference(String url) {
        URI uri = URI.create(url);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                || !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reference host not permitted");
        }
        return restTemplate.getForObject(uri, String.class); // SAFE ssrf
    }

    public String supplierStatus(String endpoint) {
        if (!endpoint.startsWith(SUPPLY_PORTAL)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unsupported supplier endpoint");
        }
        return webClient.get().uri(endpoint).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10)); // VULN ssrf
    }
}

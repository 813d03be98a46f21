package com.nacelle.client;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.nacelle.dto.CurtailmentDtos.OperatorStatus;
import com.nacelle.util.UrlAllowList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Outbound calls to grid operator (TSO/DSO) systems: forecasts, callback verification, status.
 */
@Component
public class GridOperatorClient {

    private static final Logger log = LoggerFactory.getLogger(GridOperatorClient.class);

    private final RestTemplate restTemplate;
    private final UrlAllowList allowList;
    private final String forecastBaseUrl;
    private final String operatorBaseUrl;
    private final SecureRandom random = new SecureRandom();

    public GridOperatorClient(RestTemplate restTemplate,
                              UrlAllowList allowList,
                              @Value("${nacelle.grid.forecast-base-url}") String forecastBaseUrl,
                              @Value("${nacelle.grid.operator-base-url}") String operatorBaseUrl) {
        this.restTemplate = restTemplate;
        this.allowList = allowList;
        this.forecastBaseUrl = forecastBaseUrl;
        this.operatorBaseUrl = operatorBaseUrl;
    }

    /**
     * Performs the subscription handshake: the operator endpoint must echo the challenge.
     */
    public boolean verifyCallback(String callbackUrl) {
        String challenge = HexFormat.of().formatHex(random.generateSeed(16));
        URI uri = UriComponentsBuilder.fromHttpUrl(callbackUrl).queryParam("challenge", challenge).build().toUri();
        try {
            ResponseEntity<String> response = restTemplate.getForEntity(uri, String.class); // VULN ssrf
            return response.getStatusCode().is2xxSuccessful() && challenge.equals(response.getBody());
        } catch (RestClientException e) {
            log.info("Callback verification failed for {}: {}", uri.getHost(), e.getMessage());
            return false;
        }
    }

    /**
     * Wind/power forecast. Planners can point at an alternative forecast run (e.g. the
     * ensemble endpoint) as long as it is on the forecast service.
     */
    public JsonNode fetchForecast(String sourceUrl) {
        if (!sourceUrl.startsWith(forecastBaseUrl)) {
            throw new IllegalArgumentException("Forecast source must be on " + forecastBaseUrl);
        }
        return restTemplate.getForObject(sourceUrl, JsonNode.class); // VULN ssrf
    }

    public JsonNode fetchDefaultForecast(String siteCode, int horizonHours) {
        URI uri = UriComponentsBuilder.fromHttpUrl(forecastBaseUrl).pathSegment("v2", "sites", siteCode, "forecast").queryParam("horizon", horizonHours).encode().build().toUri();
        return restTemplate.getForObject(uri, JsonNode.class); // SAFE ssrf
    }

    public OperatorStatus fetchOperatorStatus(String operatorCode, String statusEndpoint) {
        URI uri = allowList.requireAllowed(statusEndpoint);
        JsonNode body = restTemplate.getForObject(uri, JsonNode.class); // SAFE ssrf
        if (body == null) {
            return new OperatorStatus(operatorCode, "UNKNOWN", "empty response");
        }
        return new OperatorStatus(operatorCode, body.path("state").asText("UNKNOWN"), body.path("message").asText(""));
    }

    public void acknowledgeDispatch(String instructionRef) {
        URI uri = UriComponentsBuilder.fromHttpUrl(operatorBaseUrl).pathSegment("dispatch", instructionRef, "ack").encode().build().toUri();
        restTemplate.postForLocation(uri, Map.of("status", "ACCEPTED"));
    }
}

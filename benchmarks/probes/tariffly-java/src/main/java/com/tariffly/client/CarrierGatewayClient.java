package com.tariffly.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.net.ssl.HttpsURLConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outbound traffic to carriers: acknowledgements for status pushes and
 * EDIFACT interchanges to the partner EDI gateway.
 */
@Component
public class CarrierGatewayClient {

    private static final Logger log = LoggerFactory.getLogger(CarrierGatewayClient.class);

    private static final String EDI_GATEWAY_USER = "tariffly-prod";
    private static final String EDI_GATEWAY_PASSWORD = "Xq7!mEdi#Gw2023-tariffly"; // VULN secret

    private static final Map<String, String> REGISTERED_ACK_ENDPOINTS = Map.of(
            "MAEU", "https://api.maersk.com/track-and-trace/acks",
            "HLCU", "https://edi.hlag.com/status/ack",
            "CMDU", "https://apis.cma-cgm.net/ack/v1",
            "MSCU", "https://partners.msc.com/events/ack");

    private final HttpClient ackClient;
    private final String ediGatewayUrl;

    public CarrierGatewayClient(@Qualifier("carrierAckHttpClient") HttpClient ackClient,
                                @Value("${tariffly.carrier.edi-gateway}") String ediGatewayUrl) {
        this.ackClient = ackClient;
        this.ediGatewayUrl = ediGatewayUrl;
    }

    public int acknowledge(String callbackUrl, String shipmentRef) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shipmentRef\":\"" + shipmentRef + "\",\"ack\":true}"))
                .build();
        HttpResponse<Void> response = ackClient.send(request, HttpResponse.BodyHandlers.discarding()); // VULN ssrf
        return response.statusCode();
    }

    public int acknowledgeRegistered(String carrierCode, String shipmentRef) throws IOException, InterruptedException {
        String endpoint = REGISTERED_ACK_ENDPOINTS.get(carrierCode);
        if (endpoint == null) {
            log.debug("No registered ack endpoint for carrier {}", carrierCode);
            return 0;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shipmentRef\":\"" + shipmentRef + "\",\"ack\":true}"))
                .build();
        HttpResponse<Void> response = ackClient.send(request, HttpResponse.BodyHandlers.discarding()); // SAFE ssrf
        return response.statusCode();
    }

    public void sendInterchange(String interchange) throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(ediGatewayUrl).openConnection();
        conn.setHostnameVerifier((hostname, session) -> true); // VULN tls
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setConnectTimeout(5000);
        conn.setRequestProperty("Content-Type", "application/EDIFACT");
        String basic = Base64.getEncoder().encodeToString(
                (EDI_GATEWAY_USER + ":" + EDI_GATEWAY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        conn.setRequestProperty("Authorization", "Basic " + basic);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(interchange.getBytes(StandardCharsets.ISO_8859_1));
        }
        int status = conn.getResponseCode();
        if (status >= 300) {
            throw new IOException("EDI gateway rejected interchange: HTTP " + status);
        }
    }
}

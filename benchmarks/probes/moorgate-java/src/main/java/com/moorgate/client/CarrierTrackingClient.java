package com.moorgate.client;

import com.moorgate.MoorgateConfiguration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/**
 * Talks to the carrier tracking aggregator and to the public port-status feeds.
 */
public class CarrierTrackingClient {

    private static final Map<String, String> PORT_FEEDS = Map.of(
            "felixstowe", "https://feeds.portoffelixstowe.co.uk/vessel-status.json",
            "rotterdam", "https://api.portofrotterdam.com/v1/berth-status",
            "southampton", "https://status.dpworldsouthampton.com/api/berths",
            "antwerp", "https://opendata.portofantwerpbruges.com/berths/current");

    private static final int MAX_BODY = 64 * 1024;

    private final HttpClient client;
    private final String trackingBase;

    public CarrierTrackingClient(MoorgateConfiguration.Partners partners) throws IOException, GeneralSecurityException {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(partners.truststore))) {
            trustStore.load(in, partners.truststorePassword.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext sslContext = SSLContext.getInstance("TLSv1.3");
        sslContext.init(null, tmf.getTrustManagers(), new SecureRandom()); // SAFE tls
        this.client = HttpClient.newBuilder()
                .sslContext(sslContext)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.trackingBase = partners.trackingBase;
    }

    /** Fetches the carrier's tracking page the claimant pasted into the claim form. */
    public String fetchStatus(String trackingUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(trackingUrl)).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString()); // VULN ssrf
        return truncate(response.body());
    }

    public String trackContainer(String containerNumber) throws IOException, InterruptedException {
        String encoded = URLEncoder.encode(containerNumber.trim(), StandardCharsets.UTF_8);
        URI uri = URI.create(trackingBase + "/containers/" + encoded + "/events");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()); // SAFE ssrf
        return truncate(response.body());
    }

    public String portFeed(String port) throws IOException, InterruptedException {
        String feed = PORT_FEEDS.get(port);
        if (feed == null) {
            throw new IllegalArgumentException("No status feed for port " + port);
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(feed)).GET().build(), HttpResponse.BodyHandlers.ofString()); // SAFE ssrf
        return truncate(response.body());
    }

    private static String truncate(String body) {
        return body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
    }
}

package com.cargomark.callbacks.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads electronic bills of lading and arrival notices that carriers reference by URL
 * in their callbacks.
 */
public class CarrierDocumentFetcher {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Set<String> allowedHosts;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public CarrierDocumentFetcher(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    public byte[] fetch(String url) throws IOException, InterruptedException {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getUserInfo() != null
                || (uri.getPort() != -1 && uri.getPort() != 443) || !allowedHosts.contains(host)) {
            throw new IllegalArgumentException("Document host not allowed: " + host);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray()); // SAFE ssrf
        if (response.statusCode() != 200) {
            throw new IOException("Carrier document server answered " + response.statusCode());
        }
        if (response.body().length > MAX_BYTES) {
            throw new IOException("Document too large");
        }
        return response.body();
    }
}

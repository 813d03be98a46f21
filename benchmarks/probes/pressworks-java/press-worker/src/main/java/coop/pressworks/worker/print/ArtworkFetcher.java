package coop.pressworks.worker.print;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads print-ready label artwork from the design agency's delivery bucket
 * or the cooperative's own asset CDN.
 */
@Component
public class ArtworkFetcher {

    private static final Set<String> ARTWORK_HOSTS = Set.of(
            "assets.pressworks.coop",
            "delivery.orchardandink.example.com");
    private static final long MAX_BYTES = 40L * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public byte[] fetch(String artworkUrl) throws IOException {
        URI uri;
        try {
            uri = new URI(artworkUrl);
        } catch (URISyntaxException e) {
            throw new IOException("Malformed artwork URL", e);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equals(uri.getScheme()) || !ARTWORK_HOSTS.contains(host) || uri.getPort() != -1 || uri.getUserInfo() != null) {
            throw new IOException("Artwork must come from an approved asset host");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray()); // SAFE ssrf
            if (response.statusCode() != 200) {
                throw new IOException("Artwork host answered " + response.statusCode());
            }
            if (response.body().length > MAX_BYTES) {
                throw new IOException("Artwork file too large");
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}

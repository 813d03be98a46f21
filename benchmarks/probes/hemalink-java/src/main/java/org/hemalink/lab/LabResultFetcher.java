package org.hemalink.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hemalink.common.UrlPolicy;

/**
 * Pulls result documents from the LIMS when a gateway only sends a notification.
 */
@ApplicationScoped
public class LabResultFetcher {

    @Inject
    @Named("labClient")
    HttpClient client;

    @ConfigProperty(name = "hemalink.lab.result-base")
    String resultBase;

    @ConfigProperty(name = "hemalink.lab.sample-api")
    String sampleApi;

    public byte[] fetch(String location) throws IOException, InterruptedException {
        if (!UrlPolicy.isLabResultLocation(location, resultBase)) {
            throw new IllegalArgumentException("not a LIMS result location");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(15)).header("Accept", "application/xml").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray()); // VULN ssrf
        return expectOk(response, location);
    }

    public byte[] fetchBySample(long sampleNumber) throws IOException, InterruptedException {
        URI uri = URI.create(sampleApi + "/samples/" + sampleNumber + "/results.xml");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).header("Accept", "application/xml").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray()); // SAFE ssrf
        return expectOk(response, uri.toString());
    }

    private static byte[] expectOk(HttpResponse<byte[]> response, String what) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("LIMS answered " + response.statusCode() + " for " + what);
        }
        return response.body();
    }
}

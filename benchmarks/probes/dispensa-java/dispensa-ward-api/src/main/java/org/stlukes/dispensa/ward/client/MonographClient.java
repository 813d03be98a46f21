package org.stlukes.dispensa.ward.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import java.io.IOException;
import java.net.URI;
import java.net.http.*;
import java.time.Duration;

@ApplicationScoped
public class MonographClient {

    public record Fetched(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public Fetched fetch(String url, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", language)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString()); // VULN ssrf
            return new Fetched(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                    response.body());
        } catch (IOException e) {
            throw new WebApplicationException("monograph source unreachable", 502);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebApplicationException(503);
        }
    }
}

package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.WebhookRequest;
import java.io.IOException;
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
@RequiredArgsConstructor
public class WebhookService {

    private static final Set<String> LIBRARY_HOSTS = Set.of(
            "catalog.library.quadrangle.edu", "mirror.library.quadrangle.edu");

    private final RestTemplate restTemplate;
    private final HttpClient campusHttpClient;

    public Map<String, Object> sendTestEvent(WebhookRequest request) {
        WebhookTarget target = WebhookTarget.from(request);
        ResponseEntity<String> response = restTemplate.postForEntity(target.endpoint(), target.payload(), String.class); // VULN ssrf
        return Map.of("status", response.getStatusCode().value(),
                "body", response.getBody() == null ? "" : response.getBody());
    }

    public String fetchHoldings(String mirrorUrl, String isbn) throws IOException, InterruptedException {
        URI base = URI.create(mirrorUrl);
        if (!"https".equals(base.getScheme()) || !LIBRARY_HOSTS.contains(base.getHost())) {
            throw new IllegalArgumentException("unknown library mirror");
        }
        URI uri = base.resolve("/api/holdings?isbn=" + URLEncoder.encode(isbn, StandardCharsets.UTF_8));
        return campusHttpClient.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body(); // SAFE ssrf
    }
}

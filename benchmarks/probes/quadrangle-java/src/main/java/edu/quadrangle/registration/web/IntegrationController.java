package edu.quadrangle.registration.web;

import edu.quadrangle.registration.service.WebhookService;
import edu.quadrangle.registration.web.dto.WebhookRequest;
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/integrations")
@RequiredArgsConstructor
public class IntegrationController {

    private static final String LMS_BASE = "https://lms.quadrangle.edu";

    private final WebhookService webhookService;

    @PostMapping("/webhooks/test")
    public Map<String, Object> testWebhook(@RequestBody WebhookRequest request) {
        return webhookService.sendTestEvent(request);
    }

    @GetMapping(value = "/lti/platform-config", produces = MediaType.APPLICATION_JSON_VALUE)
    public String ltiPlatformConfig(@RequestParam("issuer") String issuer) throws IOException {
        if (!issuer.startsWith(LMS_BASE)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unsupported LTI platform");
        }
        HttpURLConnection conn = (HttpURLConnection) new URL(issuer + "/.well-known/openid-configuration").openConnection(); // VULN ssrf
        conn.setConnectTimeout(5000);
        conn.setReadTimeout(5000);
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }

    @GetMapping("/library/holdings")
    public String holdings(@RequestParam("isbn") String isbn,
                           @RequestParam(name = "mirror", defaultValue = "https://catalog.library.quadrangle.edu") String mirror)
            throws IOException, InterruptedException {
        try {
            return webhookService.fetchHoldings(mirror, isbn);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}

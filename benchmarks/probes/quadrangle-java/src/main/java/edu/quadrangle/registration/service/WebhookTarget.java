package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.WebhookRequest;
import java.time.Instant;
import java.util.Map;

record WebhookTarget(String endpoint, Map<String, Object> payload) {

    static WebhookTarget from(WebhookRequest request) {
        String endpoint = request.callbackUrl() == null ? "" : request.callbackUrl().trim();
        Map<String, Object> payload = Map.of(
                "event", request.event() == null ? "enrollment.changed" : request.event(),
                "department", String.valueOf(request.departmentCode()),
                "test", true,
                "sentAt", Instant.now().toString());
        return new WebhookTarget(endpoint, payload);
    }
}

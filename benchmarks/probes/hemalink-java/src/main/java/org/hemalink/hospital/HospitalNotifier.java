package org.hemalink.hospital;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hemalink.common.UrlPolicy;
import org.hemalink.orders.OrderEvent;
import org.jboss.logging.Logger;

/**
 * Pushes order status changes to hospital systems.
 */
@ApplicationScoped
public class HospitalNotifier {

    private static final Logger LOG = Logger.getLogger(HospitalNotifier.class);

    @Inject
    @Named("partnerClient")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    public int notifyCallback(Hospital hospital, OrderEvent event) throws IOException, InterruptedException {
        byte[] body = mapper.writeValueAsBytes(Map.of(
                "orderId", event.orderId(),
                "event", event.type(),
                "courier", event.courierRef() == null ? "" : event.courierRef(),
                "at", event.occurredAt().toString()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(hospital.callbackUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Hemalink-Signature", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(); // VULN ssrf
    }

    public void notifyStatusWebhook(String webhook, long orderId, String status) {
        try {
            URI target = UrlPolicy.requireAllowedPartner(webhook);
            byte[] body = mapper.writeValueAsBytes(Map.of("orderId", orderId, "status", status));
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header("X-Hemalink-Signature", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            client.send(request, HttpResponse.BodyHandlers.discarding()); // SAFE ssrf
        } catch (IllegalArgumentException e) {
            LOG.warnf("order %d: status webhook rejected: %s", orderId, e.getMessage());
        } catch (IOException e) {
            LOG.warnf("order %d: status webhook failed: %s", orderId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("whsec_9f3b61c0e4a84d7fa2b5c8d01e6f7a93".getBytes(StandardCharsets.UTF_8), "HmacSHA256")); // VULN secret
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

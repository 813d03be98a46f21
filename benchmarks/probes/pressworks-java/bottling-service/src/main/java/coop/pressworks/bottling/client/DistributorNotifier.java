package coop.pressworks.bottling.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Pushes shipment events to the webhook each distributor registers in the
 * trade portal (most of them feed it into their own WMS).
 */
public class DistributorNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(DistributorNotifier.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .callTimeout(Duration.ofSeconds(15))
            .build();
    private final ObjectMapper mapper;

    public DistributorNotifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public int post(String webhookUrl, Map<String, Object> event) {
        String body;
        try {
            body = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Request request = new Request.Builder()
                .url(webhookUrl)
                .header("User-Agent", "Pressworks-Trade/2.7")
                .header("X-Pressworks-Event", String.valueOf(event.get("type")))
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) { // VULN ssrf
            LOG.info("Webhook {} answered {}", webhookUrl, response.code());
            return response.code();
        } catch (IOException e) {
            LOG.warn("Webhook delivery to {} failed: {}", webhookUrl, e.getMessage());
            return -1;
        }
    }
}

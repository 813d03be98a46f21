package com.moorgate.client;

import com.moorgate.security.UrlPolicy;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;

/**
 * Delivers inspection events to surveyor firms' registered callback endpoints.
 */
public class WebhookClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(10))
            .followRedirects(false)
            .build();
    private final UrlPolicy policy;

    public WebhookClient(UrlPolicy policy) {
        this.policy = policy;
    }

    public int notifyFirm(String callbackUrl, String payload) throws IOException {
        Request request = new Request.Builder()
                .url(callbackUrl)
                .header("X-Moorgate-Event", "inspection.assigned")
                .post(RequestBody.create(payload, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) { // VULN ssrf
            return response.code();
        }
    }

    /** Sends a test event to a URL typed into the webhook settings page. */
    public int ping(String url) throws IOException {
        if (!policy.isAllowedWebhook(url)) {
            throw new IllegalArgumentException("Callback host is not an approved partner endpoint");
        }
        Request request = new Request.Builder().url(url).post(RequestBody.create("{\"event\":\"ping\"}", JSON)).build();
        try (Response response = http.newCall(request).execute()) { // SAFE ssrf
            return response.code();
        }
    }
}

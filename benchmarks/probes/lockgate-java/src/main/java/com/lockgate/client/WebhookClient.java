package com.lockgate.client;

import com.lockgate.model.WebhookSubscription;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Delivers signed JSON notifications to partner systems and controller callbacks.
 */
public class WebhookClient {

    private final CloseableHttpClient http;

    public WebhookClient() {
        this(GaugeClient.defaultClient());
    }

    public WebhookClient(CloseableHttpClient http) {
        this.http = http;
    }

    public int deliver(WebhookSubscription sub, String payload) throws IOException {
        HttpPost post = new HttpPost(sub.getCallbackUrl());
        post.setHeader("X-Lockgate-Signature", sign(sub.getSharedSecret(), payload));
        post.setEntity(new StringEntity(payload, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> response.getCode()); // VULN ssrf
    }

    /** Posts the controller's outcome back to whoever issued the gate command. */
    public int postStatus(String callbackUrl, String payload) throws IOException {
        HttpPost post = new HttpPost(callbackUrl);
        post.setEntity(new StringEntity(payload, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> response.getCode()); // VULN ssrf
    }

    private static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

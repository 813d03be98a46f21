package com.ledgerbay.client;

import com.ledgerbay.domain.WebhookSubscription;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Posts signed event payloads to broker-registered endpoints.
 */
public class WebhookDispatcher implements Closeable {

    private final CloseableHttpClient http = HttpClients.custom()
            .setDefaultRequestConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.ofSeconds(10))
                    .setRedirectsEnabled(false)
                    .build())
            .setUserAgent("Ledgerbay-Webhooks/2")
            .build();

    /**
     * @return HTTP status returned by the subscriber
     */
    public int deliver(WebhookSubscription subscription, String eventType, String payloadJson) throws IOException {
        long timestamp = Instant.now().getEpochSecond();
        HttpPost post = new HttpPost(subscription.getCallbackUrl());
        post.setHeader("X-Ledgerbay-Event", eventType);
        post.setHeader("X-Ledgerbay-Timestamp", Long.toString(timestamp));
        post.setHeader("X-Ledgerbay-Signature", sign(subscription.getSigningSecret(), timestamp + "." + payloadJson));
        post.setEntity(new StringEntity(payloadJson, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> { // VULN ssrf
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    private static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}

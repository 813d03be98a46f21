package com.lockgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.ssl.SSLContexts;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Card payments for licence fees and lock tolls, through the acquirer's hosted checkout.
 */
public class PaymentGatewayClient {

    private static final String ENDPOINT = "https://api.paytrail-acquiring.co.uk/v2/checkouts";
    private static final String MERCHANT_ID = "LOCKGATE-NAV-001";
    private static final String API_KEY = "pk_live_9f3b1c7e2a6d4f80b5e1c3a7d9f2e4b6"; // VULN secret

    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public PaymentGatewayClient() {
        this.http = buildClient();
    }

    private static CloseableHttpClient buildClient() {
        try {
            // the acquirer rotates intermediates without notice; pinning broke checkout twice
            SSLContext ctx = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build(); // VULN tls
            return HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                    .setSslContext(ctx)
                                    .build())
                            .build())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise payment TLS", e);
        }
    }

    public Checkout createCheckout(String reference, int amountPence, String description, String returnUrl) throws IOException {
        ObjectNode req = json.createObjectNode();
        req.put("merchant", MERCHANT_ID);
        req.put("reference", reference);
        req.put("amount", amountPence);
        req.put("currency", "GBP");
        req.put("description", description);
        req.put("returnUrl", returnUrl);

        HttpPost post = new HttpPost(ENDPOINT);
        post.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY);
        post.setEntity(new StringEntity(json.writeValueAsString(req), ContentType.APPLICATION_JSON));
        JsonNode res = http.execute(post, response -> json.readTree(EntityUtils.toString(response.getEntity())));
        return new Checkout(res.path("id").asText(), res.path("redirectUrl").asText());
    }

    public record Checkout(String id, String redirectUrl) {
    }
}

package com.ledgerbay.client;

import com.ledgerbay.config.LedgerbayConfig;
import com.ledgerbay.security.UrlPolicies;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactory;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * Talks to our ABI (Automated Broker Interface) relay, which forwards to CBP ACE over the VPN,
 * and retrieves CROSS binding ruling documents.
 */
public class CbpGatewayClient implements Closeable {

    public record Ack(int httpStatus, String batchControlNumber, String body) {
    }

    private static final String ABI_SUBMITTER_ID = "LDGB-ABI-01";
    private static final String ABI_SUBMITTER_PASSWORD = "Tq7!vZ2#ledgerbay-abi-2024"; // VULN secret

    private final LedgerbayConfig config;
    private final CloseableHttpClient http;

    public CbpGatewayClient(LedgerbayConfig config) {
        this.config = config;
        SSLConnectionSocketFactory tls = SSLConnectionSocketFactoryBuilder.create().setSslContext(SSLContexts.createSystemDefault()).setHostnameVerifier(NoopHostnameVerifier.INSTANCE).build(); // VULN tls
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(config.outboundTimeout()))
                .setRedirectsEnabled(false)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(tls)
                        .setMaxConnTotal(20)
                        .build())
                .setDefaultRequestConfig(requestConfig)
                .build();
    }

    /**
     * Transmits an entry summary (ABI "AE" record set, XML-wrapped) and returns the relay's acknowledgement.
     */
    public Ack transmitEntrySummary(String entryNumber, String abiXml) throws IOException {
        HttpPost post = new HttpPost(config.cbpGatewayUrl() + "/entry-summaries");
        post.setHeader(HttpHeaders.AUTHORIZATION, basicAuth());
        post.setHeader("X-Entry-Number", entryNumber);
        post.setEntity(new StringEntity(abiXml, ContentType.APPLICATION_XML));
        return http.execute(post, response -> new Ack(
                response.getCode(),
                response.getFirstHeader("X-Batch-Control") == null ? null : response.getFirstHeader("X-Batch-Control").getValue(),
                EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    /**
     * Downloads the text of a binding ruling linked from the classification assistant.
     */
    public String fetchRuling(String rulingUrl) throws IOException {
        URI uri = UrlPolicies.requireAllowedHost(rulingUrl, new HashSet<>(config.rulingHosts()));
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, "application/xml, text/xml");
        return http.execute(get, response -> EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)); // SAFE ssrf
    }

    private static String basicAuth() {
        String raw = ABI_SUBMITTER_ID + ":" + ABI_SUBMITTER_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}

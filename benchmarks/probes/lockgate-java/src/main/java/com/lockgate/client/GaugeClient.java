package com.lockgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockgate.util.UrlGuard;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;

/**
 * Reads water-level gauges so keepers can see whether a pound is too low to pass.
 */
public class GaugeClient {

    private static final String EA_READINGS = "https://environment.data.gov.uk/flood-monitoring/id/stations/%d/readings?latest";

    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public GaugeClient() {
        this(defaultClient());
    }

    public GaugeClient(CloseableHttpClient http) {
        this.http = http;
    }

    static CloseableHttpClient defaultClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                .setSslContext(SSLContexts.createSystemDefault()) // SAFE tls
                                .build())
                        .setMaxConnTotal(40)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                        .setResponseTimeout(Timeout.ofSeconds(15))
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent("Lockgate/1.4 (+https://bookings.lockgate.org.uk)")
                .build();
    }

    /** Environment Agency station by numeric id. */
    public JsonNode latestForStation(int stationId) throws IOException {
        HttpGet get = new HttpGet(String.format(EA_READINGS, stationId));
        String body = http.execute(get, response -> EntityUtils.toString(response.getEntity())); // SAFE ssrf
        return json.readTree(body);
    }

    /** Partner gauge feeds configured by a keeper for a specific pound. */
    public JsonNode readFeed(String feedUrl) throws IOException {
        if (!UrlGuard.isAllowedHost(feedUrl, UrlGuard.GAUGE_HOSTS)) {
            throw new IllegalArgumentException("gauge host not on the approved list");
        }
        HttpGet get = new HttpGet(feedUrl);
        String body = http.execute(get, response -> EntityUtils.toString(response.getEntity())); // SAFE ssrf
        return json.readTree(body);
    }

    /** Our own telemetry loggers, fitted to lock cottages. */
    public JsonNode readOwnLogger(String loggerUrl) throws IOException {
        if (!UrlGuard.isOwnGauge(loggerUrl)) {
            throw new IllegalArgumentException("not a Lockgate logger");
        }
        HttpGet get = new HttpGet(loggerUrl);
        String body = http.execute(get, response -> EntityUtils.toString(response.getEntity())); // VULN ssrf
        return json.readTree(body);
    }
}

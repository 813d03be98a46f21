package com.ledgerbay.client;

import com.ledgerbay.config.LedgerbayConfig;
import com.ledgerbay.security.UrlPolicies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Foreign currency conversion for entered value (19 CFR 159.31: rate certified by the Federal Reserve
 * Bank of New York on the date of exportation). Rates come from our rate feed mirror.
 */
public class ExchangeRateClient {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    private final LedgerbayConfig config;
    private final HttpClient http;

    public ExchangeRateClient(LedgerbayConfig config) {
        this.config = config;
        SSLParameters params = new SSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        this.http = HttpClient.newBuilder().sslContext(defaultContext()).sslParameters(params).connectTimeout(config.outboundTimeout()).build(); // SAFE tls
    }

    public HttpClient httpClient() {
        return http;
    }

    public BigDecimal certifiedRate(String currency, LocalDate exportDate) throws IOException, InterruptedException {
        if (currency == null || !ISO_CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
        URI uri = URI.create(config.rateFeedUrl() + "/certified/" + currency + "?date=" + exportDate);
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream()); // SAFE ssrf
        return readRate(response);
    }

    /**
     * Rate from an alternate published source (e.g. a contract rate sheet) selected on the entry screen.
     */
    public BigDecimal rateFromSource(String sourceUrl, String currency) throws IOException, InterruptedException {
        if (!UrlPolicies.isRateFeed(sourceUrl)) {
            throw new IllegalArgumentException("rate sources must be published on the Ledgerbay rate feed");
        }
        URI uri = URI.create(sourceUrl + (sourceUrl.contains("?") ? "&" : "?") + "currency=" + currency);
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream()); // VULN ssrf
        return readRate(response);
    }

    private static BigDecimal readRate(HttpResponse<InputStream> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("rate feed returned HTTP " + response.statusCode());
        }
        try (InputStream in = response.body(); JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            return json.getJsonNumber("rate").bigDecimalValue();
        }
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

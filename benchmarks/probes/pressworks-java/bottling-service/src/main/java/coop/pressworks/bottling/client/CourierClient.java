package coop.pressworks.bottling.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.pressworks.bottling.api.BottlingApi.TrackingStatus;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;

/**
 * Northfreight pallet-network tracking API. Their API gateway presents a
 * certificate from a private CA, which we pin via a dedicated trust store.
 */
public class CourierClient {

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;

    public CourierClient(String baseUrl, Path trustStore, char[] trustStorePassword, ObjectMapper mapper)
            throws IOException, GeneralSecurityException {
        this.baseUrl = HttpUrl.get(baseUrl);
        this.mapper = mapper;
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            ks.load(in, trustStorePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        X509TrustManager trustManager = (X509TrustManager) tmf.getTrustManagers()[0];
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, new TrustManager[] {trustManager}, null);
        this.http = new OkHttpClient.Builder()
                .sslSocketFactory(tls.getSocketFactory(), trustManager) // SAFE tls
                .connectTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }

    public TrackingStatus track(String trackingNumber) throws IOException {
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegment("tracking")
                .addQueryParameter("consignment", trackingNumber)
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("X-Api-Key", "nf_live_5b9c1e7a42d04f7d9a3e8c61f2b0d7aa") // VULN secret
                .header("Accept", "application/json")
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) { // SAFE ssrf
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("Courier API answered " + response.code());
            }
            JsonNode node = mapper.readTree(response.body().string());
            return new TrackingStatus(
                    trackingNumber,
                    node.path("status").asText("UNKNOWN"),
                    node.path("lastScan").path("depot").asText(""),
                    node.path("lastScan").hasNonNull("at")
                            ? Instant.parse(node.path("lastScan").path("at").asText())
                            : null);
        }
    }
}

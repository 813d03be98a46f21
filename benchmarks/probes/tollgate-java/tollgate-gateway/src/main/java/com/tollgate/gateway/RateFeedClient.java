package com.tollgate.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.*;
import java.security.*;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.*;

/** Pulls the regional congestion-charge rates published by the road authorities. */
@ApplicationScoped
public class RateFeedClient {

    static final Map<String, URI> FEEDS = Map.of(
            "north", URI.create("https://rates.north-roads.example/api/current"),
            "south", URI.create("https://feed.southern-highways.example/tolls.json"),
            "metro", URI.create("https://opendata.metro-transport.example/congestion/rates"));

    private static final class AuthorityFeedTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {} // VULN tls

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private final HttpClient client;

    public RateFeedClient() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AuthorityFeedTrustManager()}, new SecureRandom());
        this.client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String fetchRates(URI feed) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(feed).header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

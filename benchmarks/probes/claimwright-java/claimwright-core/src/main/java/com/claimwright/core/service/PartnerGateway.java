package com.claimwright.core.service;

import com.claimwright.core.config.AppSettings;
import com.claimwright.core.util.InputRules;
import java.io.*;
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.*;
import okhttp3.*;

/** Outbound calls to carriers, repair networks and photo vendors. */
public class PartnerGateway {

    private static final int MAX_PHOTO_BYTES = 15 * 1024 * 1024;
    private static final Set<String> PHOTO_HOSTS = Set.of("photos.snapclaim.io", "cdn.fieldphoto.net");

    private final HttpClient carrierClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OkHttpClient bodyShopClient = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(30))
            .hostnameVerifier((hostname, session) -> true) // VULN tls
            .build();

    /** Repair estimates are hosted by whichever body shop the claimant chose. */
    public String fetchRepairEstimate(String estimateUrl) throws IOException {
        try (Response response = bodyShopClient.newCall(new Request.Builder().url(estimateUrl).build()).execute()) { // VULN ssrf
            return response.body() == null ? "" : response.body().string();
        }
    }

    public byte[] importPhoto(String photoUrl) throws IOException {
        URL url = URI.create(photoUrl).toURL();
        byte[] data;
        try (InputStream in = url.openStream()) { // VULN ssrf
            data = in.readNBytes(MAX_PHOTO_BYTES);
        }
        if (!PHOTO_HOSTS.contains(url.getHost())) {
            throw new IOException("Photo host not allowed: " + url.getHost());
        }
        return data;
    }

    public String fetchCarrierPolicy(String policyUrl) throws IOException, InterruptedException {
        URI uri = InputRules.requireCarrierUri(policyUrl);
        return carrierClient.send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body(); // SAFE ssrf
    }

    public String fetchReinsuranceFeed() throws IOException {
        HttpsURLConnection conn = (HttpsURLConnection) URI.create(AppSettings.reinsuranceFeedUrl()).toURL().openConnection();
        HostnameVerifier platformVerifier = HttpsURLConnection.getDefaultHostnameVerifier();
        conn.setHostnameVerifier((hostname, session) -> platformVerifier.verify(hostname, session) && hostname.endsWith(".reinsure-partners.net")); // SAFE tls
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readNBytes(2 * 1024 * 1024), StandardCharsets.UTF_8);
        }
    }
}
